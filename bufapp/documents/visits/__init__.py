"""The visit plan (samværsplan) as a letter to each party."""

"""Letters to services: the referral letter and the consent declaration it
rests on."""

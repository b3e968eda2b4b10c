"""bufapp – oppfølging av foreldre med barn plassert utenfor hjemmet."""

__version__ = "0.1.0"

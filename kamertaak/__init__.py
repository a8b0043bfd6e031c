"""kamertaak: follow up Dutch parliamentary debates from the terminal."""

__version__ = "0.1.0"

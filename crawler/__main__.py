"""Make `python -m crawler` the same as the `khaosan` command."""

from crawler.cli import cli

if __name__ == "__main__":
    cli()

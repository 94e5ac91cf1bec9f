"""The jxc command."""

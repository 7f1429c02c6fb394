"""`make bench`: citynews measured side by side with the tools people would pick instead."""

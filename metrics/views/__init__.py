"""Public pages of the data: figures (``figures``)."""

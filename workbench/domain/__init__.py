"""Pure rules of the method and of text: no database, no Qt."""

"""The admin's job request pages: the list with filters, and one job with its chat, photos,
history and the businesses it reached. They live in quotes because they read jobs,
conversations and leads together, and quotes sits above the other two."""

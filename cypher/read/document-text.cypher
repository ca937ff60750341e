// One document with its full text, for the reader.
MATCH (d:Document {id: $id})
RETURN d {.id, .title, .path, .date, .lang, .text} AS document

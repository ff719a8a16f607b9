"""File contents the client looks at before encrypting an attachment: the media type
(from the first bytes) and location data in images (EXIF GPS, XMP), removed without
re-encoding. Standard library only; no I/O beyond the bytes handed in."""

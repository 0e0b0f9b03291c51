"""The provincial server's PostgreSQL layer, the only place with SQL on the server: the schema and its
migrations, administration and reads (``admin``), the changes feed (``feed``) and applying pushes (``push``)."""

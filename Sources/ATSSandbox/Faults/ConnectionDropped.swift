/// Thrown after a `drop-after-commit` fault closed the connection: nothing more is written.
struct ConnectionDropped: Error {}

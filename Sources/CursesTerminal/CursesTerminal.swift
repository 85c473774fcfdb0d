/// Namespace marker for the `CursesTerminal` module.
public enum CursesTerminalModule {}

/// Namespace marker for the `TerminalUI` module.
public enum TerminalUIModule {}

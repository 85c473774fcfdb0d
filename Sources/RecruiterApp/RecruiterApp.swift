/// Namespace marker for the `RecruiterApp` module.
public enum RecruiterAppModule {}

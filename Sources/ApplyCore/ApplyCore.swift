/// Namespace marker for the `ApplyCore` module.
public enum ApplyCoreModule {}

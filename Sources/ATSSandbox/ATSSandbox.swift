/// Namespace marker for the `ATSSandbox` module.
public enum ATSSandboxModule {}

/// Namespace marker for the `KomboAPI` module.
public enum KomboAPIModule {}

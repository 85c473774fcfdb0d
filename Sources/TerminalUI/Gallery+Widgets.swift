extension Gallery {
  /// The groups showing the other widgets, after the text inputs. The widgets branch fills this in.
  public static func widgetGroups() -> [FieldGroup] {
    []
  }
}

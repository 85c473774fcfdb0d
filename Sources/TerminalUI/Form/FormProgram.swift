/// A program that runs one form on its own until it ends (submitted, back, cancelled or signalled).
/// The final model's `outcome` says how.
public struct FormProgram: Program {
  /// A form program.
  public init() {}

  /// Every terminal event goes to the form.
  public func message(for event: InputEvent) -> FormMessage? { .event(event) }

  /// Updates the form; quits when it has an outcome (dialog answers are left to owners that show them).
  public func update(_ form: inout Form, _ message: FormMessage) -> [Effect<FormMessage>] {
    let effects = form.update(message)
    return form.outcome == nil ? effects : effects + [.quit]
  }

  /// Draws the form.
  public func view(_ form: Form, size: Size) -> Screen {
    form.view(size: size)
  }
}

/// A terminal program in Model-Update-View form.
///
/// `update` is pure (no I/O, no clock, no randomness): it changes the model and returns effects.
/// `view` is a function of the model and the terminal size. Terminal events reach `update` as
/// messages made by `message(for:)`.
public protocol Program: Sendable {
  /// Everything the program knows.
  associatedtype Model
  /// What can happen to it.
  associatedtype Msg: Sendable

  /// The message for a terminal event, or nil to ignore it.
  func message(for event: InputEvent) -> Msg?
  /// Applies `message` to `model` and returns the work to do next.
  func update(_ model: inout Model, _ message: Msg) -> [Effect<Msg>]
  /// Draws `model` on a screen of `size`.
  func view(_ model: Model, size: Size) -> Screen
}

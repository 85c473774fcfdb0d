import TextSafety

/// A check of a field's value: returns a message saying what is allowed, or nil when the value is fine.
public struct FieldRule: Sendable {
  /// The check.
  public let check: @Sendable (FieldValue) -> String?

  /// A validator from a check.
  public init(_ check: @escaping @Sendable (FieldValue) -> String?) {
    self.check = check
  }

  /// Text of at least `count` characters (grapheme clusters); empty text passes (use `required`).
  public static func minLength(_ count: Int) -> FieldRule {
    FieldRule { value in
      guard let text = value.text, !text.isEmpty, text.count < count else { return nil }
      return "Enter at least \(count) characters (\(text.count) so far)."
    }
  }

  /// Text matching `predicate`, with `message` when it does not; empty text passes.
  public static func text(_ message: String, _ predicate: @escaping @Sendable (String) -> Bool) -> FieldRule {
    FieldRule { value in
      guard let text = value.text, !text.isEmpty, !predicate(text) else { return nil }
      return message
    }
  }
}

/// What every field has, whatever its kind: identity, labels, validation and visibility.
public struct FieldInfo: Sendable {
  /// Unique key in its form; the key of the value in `FormValues`.
  public var key: String
  /// Title shown above the field (sanitised when drawn).
  public var title: String
  /// Optional description shown under the title, wrapped.
  public var description: String?
  /// Whether an empty value is a problem.
  public var isRequired: Bool
  /// Further checks, run in order on non-problem values.
  public var validators: [FieldRule]
  /// When set, the field is shown (and its value counted) only while this holds for the form's values.
  public var visibleWhen: (@Sendable (FormValues) -> Bool)?

  /// Field information.
  public init(
    key: String, title: String, description: String? = nil, required: Bool = false,
    validators: [FieldRule] = [], visibleWhen: (@Sendable (FormValues) -> Bool)? = nil
  ) {
    self.key = key
    self.title = title
    self.description = description
    self.isRequired = required
    self.validators = validators
    self.visibleWhen = visibleWhen
  }

  /// Whether `value` has a problem (required and empty, or a validator's), without the message.
  public func hasProblem(with value: FieldValue) -> Bool {
    value.isEmpty ? isRequired : validators.contains { $0.check(value) != nil }
  }

  /// The first problem with `value`: required and empty, or a validator's message.
  public func problem(with value: FieldValue) -> String? {
    if value.isEmpty {
      guard isRequired else { return nil }
      let name = Sanitizer.clean(title)
      // A title that is a question ("Did you study…?") is quoted, so the message still reads.
      return name.last.map { ".?!:".contains($0) } == true ? "'\(name)' is required." : "\(name) is required."
    }
    for validator in validators {
      if let message = validator.check(value) { return message }
    }
    return nil
  }
}

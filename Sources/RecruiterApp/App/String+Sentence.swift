extension String {
  /// The text ending as a sentence: a full stop added unless it already ends in `.`, `?` or `!`
  /// (`…did you mean https://x?` stays as it is).
  var sentence: String {
    last.map { ".?!".contains($0) } == true ? self : self + "."
  }
}

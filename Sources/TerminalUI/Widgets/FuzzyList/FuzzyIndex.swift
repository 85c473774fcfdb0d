import Foundation

/// Items prepared once for fast fuzzy matching: every item's searchable fields, one unit per
/// grapheme cluster, in a few flat arrays.
///
/// A unit is the cluster's first scalar folded to lower case without accents (`Zürich` → `zurich`),
/// so matching ignores case and accents; a parallel byte keeps whether the original was upper case
/// (for smart case) and the position's word-boundary bonus. Scanning is memory-bound, so it reads a
/// one-byte narrow form of each unit (ASCII as is, anything else hashed into 0x80...0xFE) and looks at
/// the full unit only when a non-ASCII byte matches; the bonus bytes are read only inside a match. Fields of one item are separated by
/// a unit that never matches. Characters outside the Basic Multilingual Plane (emoji) fold to a unit
/// that never matches either.
public struct FuzzyIndex: Sendable {
  /// The searchable fields of each item, as given.
  public let items: [[String]]
  /// Folded units of all items, back to back.
  let units: [UInt16]
  /// `narrow(unit)` of every unit: what the scan reads.
  let bytes: [UInt8]
  /// Per unit: bits 0...6 the boundary bonus, bit 7 (`upperFlag`) set when the original was upper case.
  let meta: [UInt8]
  /// Item `i` spans `starts[i]..<starts[i + 1]` in `units`.
  let starts: [Int32]
  /// Per item, a 64-bit summary of the units it contains (`maskBit`), so most non-matching items are
  /// rejected without scanning their text.
  let masks: [UInt64]

  /// The unit between two fields of an item; no query unit equals it.
  static let separator: UInt16 = 0
  /// The unit for clusters that cannot be matched (outside the BMP).
  static let unmatchable: UInt16 = 0xFFFF
  /// Set in `meta` when the original cluster was upper case.
  static let upperFlag: UInt8 = 0x80

  /// Indexes `items`, each a list of searchable fields (e.g. title, job code, department, location).
  public init(items: [[String]]) {
    self.items = items
    var units: [UInt16] = []
    var meta: [UInt8] = []
    var starts: [Int32] = [0]
    var masks: [UInt64] = []
    masks.reserveCapacity(items.count)
    units.reserveCapacity(items.count * 48)
    meta.reserveCapacity(items.count * 48)
    starts.reserveCapacity(items.count + 1)
    var folding = Folding()
    for fields in items {
      var mask: UInt64 = 0
      for (number, field) in fields.enumerated() {
        if number > 0 {
          units.append(Self.separator)
          meta.append(0)
        }
        var previous = CharacterClass.white
        for character in field {
          let (unit, characterClass, isUpper) = folding.fold(character)
          units.append(unit)
          meta.append(UInt8(Self.bonus(previous, characterClass)) | (isUpper ? Self.upperFlag : 0))
          mask |= Self.maskBit(unit)
          previous = characterClass
        }
      }
      starts.append(Int32(units.count))
      masks.append(mask)
    }
    self.units = units
    self.bytes = units.map(Self.narrow)
    self.meta = meta
    self.starts = starts
    self.masks = masks
  }

  /// The one-byte form of `unit`: itself when ASCII, else a hash with the high bit set.
  @inline(__always)
  static func narrow(_ unit: UInt16) -> UInt8 {
    unit < 0x80 ? UInt8(unit) : 0x80 | UInt8(unit % 127)
  }

  /// The summary bit for `unit`: letters and digits get bits of their own, the rest share.
  @inline(__always)
  static func maskBit(_ unit: UInt16) -> UInt64 {
    switch unit {
    case 0x61...0x7A: return 1 << UInt64(unit - 0x61)
    case 0x30...0x39: return 1 << UInt64(unit - 0x30 + 26)
    default: return 1 << UInt64(36 + unit % 28)
    }
  }

  /// The number of items.
  public var count: Int { items.count }

  /// Maps a unit offset within item `item` to (field, character offset in that field).
  func fieldPosition(item: Int, offset: Int) -> (field: Int, character: Int) {
    let start = Int(starts[item])
    var field = 0
    var fieldStart = 0
    for index in 0..<offset where units[start + index] == Self.separator {
      field += 1
      fieldStart = index + 1
    }
    return (field, offset - fieldStart)
  }

  /// The kind of character, for word-boundary bonuses (as fzf classifies them).
  enum CharacterClass: UInt8 {
    case white, nonWord, delimiter, lower, upper, letter, number
  }

  /// Bonus for matching a character of class `current` that follows one of class `previous`.
  static func bonus(_ previous: CharacterClass, _ current: CharacterClass) -> Int {
    if current.rawValue > CharacterClass.nonWord.rawValue {
      switch previous {
      case .white: return FuzzyScore.boundaryWhite
      case .delimiter: return FuzzyScore.boundaryDelimiter
      case .nonWord: return FuzzyScore.boundary
      default: break
      }
    }
    if (previous == .lower && current == .upper) || (previous != .number && current == .number) {
      return FuzzyScore.camelCase
    }
    switch current {
    case .nonWord, .delimiter: return FuzzyScore.nonWord
    case .white: return FuzzyScore.boundaryWhite
    default: return 0
    }
  }

  /// Folds clusters to units; caches non-ASCII scalars, whose folding goes through Foundation.
  struct Folding {
    private var cache: [UInt32: (UInt16, CharacterClass, Bool)] = [:]

    /// The unit, class and case of `character`.
    mutating func fold(_ character: Character) -> (UInt16, CharacterClass, Bool) {
      guard let scalar = character.unicodeScalars.first else {
        return (FuzzyIndex.unmatchable, .nonWord, false)
      }
      let value = scalar.value
      if value < 0x80 { return Self.foldASCII(UInt8(value)) }
      if let known = cache[value] { return known }
      let result = Self.foldOther(scalar)
      cache[value] = result
      return result
    }

    /// Folds one query scalar the same way as indexed text.
    mutating func foldQuery(_ scalar: Unicode.Scalar) -> (unit: UInt16, isUpper: Bool) {
      let (unit, _, isUpper) = fold(Character(scalar))
      return (unit == FuzzyIndex.unmatchable ? FuzzyIndex.unmatchable - 1 : unit, isUpper)
    }

    private static func foldASCII(_ byte: UInt8) -> (UInt16, CharacterClass, Bool) {
      switch byte {
      case UInt8(ascii: "a")...UInt8(ascii: "z"): return (UInt16(byte), .lower, false)
      case UInt8(ascii: "A")...UInt8(ascii: "Z"): return (UInt16(byte | 0x20), .upper, true)
      case UInt8(ascii: "0")...UInt8(ascii: "9"): return (UInt16(byte), .number, false)
      case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"):
        return (UInt16(byte), .white, false)
      case UInt8(ascii: "/"), UInt8(ascii: ","), UInt8(ascii: ":"), UInt8(ascii: ";"), UInt8(ascii: "|"):
        return (UInt16(byte), .delimiter, false)
      case 0: return (FuzzyIndex.unmatchable, .nonWord, false)
      default: return (UInt16(byte), .nonWord, false)
      }
    }

    private static func foldOther(_ scalar: Unicode.Scalar) -> (UInt16, CharacterClass, Bool) {
      let properties = scalar.properties
      let characterClass: CharacterClass
      if properties.isWhitespace {
        characterClass = .white
      } else if properties.isUppercase {
        characterClass = .upper
      } else if properties.isLowercase {
        characterClass = .lower
      } else if properties.isAlphabetic {
        characterClass = .letter
      } else if properties.numericType != nil {
        characterClass = .number
      } else {
        characterClass = .nonWord
      }
      let folded = String(scalar).folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
      let value = folded.unicodeScalars.first?.value ?? scalar.value
      let unit = value < 0xFFFF && value != 0 ? UInt16(value) : FuzzyIndex.unmatchable
      return (unit, characterClass, characterClass == .upper)
    }
  }
}

/// fzf's scoring constants: a match is worth 16, gaps cost 3 to open and 1 to extend, and matches at
/// word starts, after delimiters, at camelCase humps and in consecutive runs earn bonuses; the first
/// query character's bonus counts double.
enum FuzzyScore {
  static let match = 16
  static let gapStart = -3
  static let gapExtension = -1
  static let boundary = match / 2
  static let nonWord = match / 2
  static let camelCase = boundary + gapExtension
  static let consecutive = -(gapStart + gapExtension)
  static let firstCharMultiplier = 2
  static let boundaryWhite = boundary + 2
  static let boundaryDelimiter = boundary + 1
}

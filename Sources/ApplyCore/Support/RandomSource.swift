public import Foundation
import Synchronization

/// Randomness for jitter and submission ids, behind a seam so tests are repeatable.
public protocol RandomSource: Sendable {
  /// A number in `0..<1`.
  func unit() -> Double
  /// A fresh UUID.
  func uuid() -> UUID
}

/// The system generator.
public struct SystemRandom: RandomSource {
  /// Creates the system generator.
  public init() {}

  /// A uniformly distributed number in `0..<1`.
  public func unit() -> Double { Double.random(in: 0..<1) }

  /// A version 4 UUID.
  public func uuid() -> UUID { UUID() }
}

import NIOCore

/// What one TCP connection has established so far; used on its event loop only.
final class ConnectionState {
  /// Who authenticated, once someone has.
  var identity: ClientIdentity?
  /// Session channels opened on this connection.
  var channelsOpened = 0
  /// Session channels open now.
  var channelsOpen = 0
  /// Authentication requests refused on this connection.
  var refusals = 0
  /// The remote address, for logs.
  let peer: String

  /// A connection from `peer`.
  init(peer: String) {
    self.peer = peer
  }
}

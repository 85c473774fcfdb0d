public import Foundation

/// How `kombo-apply ssh serve` listens, whom it lets in and what each session runs.
public struct SSHFrontConfiguration: Sendable {
  /// Address to listen on.
  public var host: String
  /// Port to listen on; 0 picks a free one.
  public var port: Int
  /// The host key.
  public var hostKey: HostKeyFile
  /// Who may log in; nil with `openDemo`.
  public var authorizedKeys: AuthorizedKeysFile?
  /// Whether anyone may log in, each connection getting a fresh, anonymous session.
  public var openDemo: Bool
  /// Sessions at once; the next client is told "busy, try later".
  public var maxSessions: Int
  /// How long a session may go without input before its draft is saved and it is closed.
  public var idleTimeout: Duration
  /// How long a connection may take to authenticate.
  public var loginGraceTime: Duration = .seconds(30)
  /// Authentication requests one connection may make.
  public var maxAuthAttempts = 6
  /// Connections that may be open at once, sessions included (the rest are closed at once).
  public var maxConnections: Int
  /// How long a hung-up child may take to save its draft and exit before it is killed.
  public var hangUpGrace: Duration = .seconds(10)
  /// The binary each session runs (the terminal UI with no arguments, `--accessible` without a pty).
  public var childExecutable: String
  /// The environment every child starts from; the session adds HOME, XDG_STATE_HOME, XDG_DATA_HOME,
  /// XDG_CACHE_HOME, TERM and the client's LANG, LC_*, NO_COLOR and COLORTERM.
  public var childEnvironment: [String: String]
  /// Where each client's own directories go (`…/kombo-apply/ssh-sessions`).
  public var sessionsDirectory: URL

  /// A configuration; `maxConnections` defaults to `maxSessions` plus 64 connections logging in.
  public init(
    host: String, port: Int, hostKey: HostKeyFile, authorizedKeys: AuthorizedKeysFile?, openDemo: Bool,
    maxSessions: Int, idleTimeout: Duration, childExecutable: String, childEnvironment: [String: String],
    sessionsDirectory: URL
  ) {
    self.host = host
    self.port = port
    self.hostKey = hostKey
    self.authorizedKeys = authorizedKeys
    self.openDemo = openDemo
    self.maxSessions = maxSessions
    self.idleTimeout = idleTimeout
    self.maxConnections = maxSessions + 64
    self.childExecutable = childExecutable
    self.childEnvironment = childEnvironment
    self.sessionsDirectory = sessionsDirectory
  }
}

import ApplyCore
import Foundation
import KomboAPI

/// The job a command posts to, looked up once per run.
enum JobLookup {
  /// The job `id` names, or `nil` for a `remote:` id Kombo has not synced; exit 65 for an unknown id.
  static func job(_ id: String, client: any KomboClient) async throws -> Job? {
    let trimmed = id.trimmingCharacters(in: .whitespaces)
    do throws(KomboClientError) {
      return try await client.job(id: trimmed)
    } catch {
      if case .notFound(let message) = error {
        if trimmed.hasPrefix(KomboID.remotePrefix) { return nil }
        throw CommandFailure(
          message: "--job: \(message); list jobs with `kombo-apply jobs`", exitCode: ExitStatus.invalidInput)
      }
      throw error.commandFailure
    }
  }
}

import KomboAPI

/// Stored candidates and applications, read back with the keys Kombo's OpenAPI description requires
/// (`integration_fields`, `remote_data`) even when a data directory from an older sandbox lacks them.
protocol StoredRecord {
  /// Integration fields; the sandbox's ATS has none.
  var integrationFields: [IntegrationField]? { get set }
  /// Raw ATS data; the sandbox's ATS has none to pass through.
  var remoteData: JSONObject? { get set }
}

extension StoredRecord {
  /// The record with `integration_fields` (`[]`) and `remote_data` (`{}`) filled in where missing.
  var withRequiredKeys: Self {
    var record = self
    record.integrationFields = integrationFields ?? []
    record.remoteData = remoteData ?? [:]
    return record
  }
}

extension Candidate: StoredRecord {}
extension KomboAPI.Application: StoredRecord {}

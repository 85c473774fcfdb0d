import ApplyCore
import Foundation
import Testing

/// `--report results.csv`: one row per input row in row order, safe to open in a spreadsheet.
struct ImportReportWriterTests {
  @Test func resultsAreWrittenInRowOrderQuotedAndFormulaSafeWithMode0600() throws {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent(
      "report-\(UUID().uuidString).csv"
    ).path
    let results = [
      ImportRowResult(
        row: 3, email: "b@example.com", submissionID: nil,
        status: .rejected(code: "ATS.JOB_CLOSED", message: "=HYPERLINK(\"http://evil\"), closed\u{1B}[2J")),
      ImportRowResult(
        row: 2, email: "a@example.com", submissionID: nil, status: .created(applicationID: "App1")),
      ImportRowResult(
        row: 4, email: "c@example.com", submissionID: nil, status: .unknown(reason: "timed out, twice")),
    ]
    try ImportReportWriter.write(results, to: path)
    let text = try String(contentsOfFile: path, encoding: .utf8)
    #expect(
      text.split(separator: "\n").map(String.init) == [
        "row,email,status,application_id,error_code,message",
        "2,a@example.com,created,App1,,",
        #"3,b@example.com,rejected,,ATS.JOB_CLOSED,"'=HYPERLINK(""http://evil""), closed""#,
        #"4,c@example.com,unknown,,,"timed out, twice""#,
      ])
    let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
    #expect(mode == 0o600)
  }
}

import ApplyCore
import Foundation
import KomboAPI
import Testing

/// CSV and JSONL import files as spreadsheets and scripts write them, read from disk.
struct ImportFileTests {
  let folder: String

  init() throws {
    folder = FileManager.default.temporaryDirectory.appendingPathComponent("import-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
  }

  func write(_ name: String, _ bytes: [UInt8]) throws -> String {
    let path = folder + "/" + name
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    return path
  }

  func write(_ name: String, _ text: String) throws -> String { try write(name, Array(text.utf8)) }

  /// Every record of `path` as fields (header first).
  func records(_ path: String, delimiter: UnicodeScalar? = nil) throws -> [[String]] {
    let source = try CSVRowSource(path: path, delimiter: delimiter)
    var rows = [source.header ?? []]
    while let row = try source.next() {
      guard case .fields(let fields) = row.content else { continue }
      rows.append(fields)
    }
    return rows
  }

  @Test func quotedFieldsKeepCommasQuotesAndLineBreaks() throws {
    let path = try write(
      "a.csv",
      "first_name,last_name,email\n\"Grace, Rear Admiral\",\"\"\"Amazing\"\" Hopper\",\"g@example.com\"\n"
        + "\"Ada\nAugusta\",Lovelace,ada@example.com\n")
    #expect(
      try records(path) == [
        ["first_name", "last_name", "email"], ["Grace, Rear Admiral", "\"Amazing\" Hopper", "g@example.com"],
        ["Ada\nAugusta", "Lovelace", "ada@example.com"],
      ])
  }

  @Test func rowNumbersCountRecordsAsASpreadsheetDoesAndSkipBlankLines() throws {
    let path = try write("n.csv", "email\n\"a\nb\"\n\nc\n")
    let source = try CSVRowSource(path: path)
    #expect(try source.next()?.number == 2)
    #expect(try source.next()?.number == 4, "the blank line is row 3, skipped")
    #expect(try source.next() == nil)
  }

  @Test func aByteOrderMarkCRLFAndAnEmptyTrailingLineAreRead() throws {
    let path = try write(
      "bom.csv", [0xEF, 0xBB, 0xBF] + Array("email,city\r\na@example.com,Köln\r\n\r\n".utf8))
    #expect(try records(path) == [["email", "city"], ["a@example.com", "Köln"]])
  }

  @Test func semicolonAndTabDelimitersAreDetectedFromTheHeader() throws {
    let semicolon = try write("s.csv", "first_name;last_name;email\nJosé;García, Jr.;j@example.com\n")
    #expect(try CSVRowSource(path: semicolon).delimiter == ";")
    #expect(try records(semicolon)[1] == ["José", "García, Jr.", "j@example.com"])
    let tab = try write("t.tsv", "first_name\tlast_name\nA\tB\n")
    #expect(try records(tab) == [["first_name", "last_name"], ["A", "B"]])
    let quotedSemicolons = try write("q.csv", "\"a;b;c\",d,e\n1,2,3\n")
    #expect(
      try CSVRowSource(path: quotedSemicolons).delimiter == ",", "delimiters inside quotes do not count")
    #expect(try records(semicolon, delimiter: ",")[0] == ["first_name;last_name;email"], "--delimiter wins")
  }

  @Test func aLatin1FileIsNamedAsSuchWithTheRowWhereDecodingFailed() throws {
    let path = try write(
      "latin1.csv",
      Array("email,city\na@example.com,Berlin\nb@example.com,K".utf8) + [0xF6] + Array("ln\n".utf8))
    let source = try CSVRowSource(path: path)
    #expect(try source.next()?.number == 2)
    #expect(throws: ImportFileError.notUTF8(path: path, row: 3)) { try source.next() }
    let message = ImportFileError.notUTF8(path: path, row: 3).description
    #expect(message.contains("is not UTF-8 text (decoding failed in row 3)"))
    #expect(message.contains("Latin-1"))
  }

  @Test func aLatin1HeaderIsRefusedToo() throws {
    let path = try write("h.csv", Array("Stra".utf8) + [0xDF] + Array("e,email\n".utf8))
    #expect(throws: ImportFileError.notUTF8(path: path, row: 1)) { try CSVRowSource(path: path) }
  }

  @Test func missingEmptyAndSpecialFilesAreRefusedWithoutWaiting() throws {
    #expect(throws: ImportFileError.unreadable(path: folder + "/none.csv", reason: "no such file")) {
      try CSVRowSource(path: folder + "/none.csv")
    }
    let empty = try write("e.csv", "")
    #expect(throws: ImportFileError.empty(path: empty)) { try CSVRowSource(path: empty) }
    let fifo = folder + "/fifo.csv"
    #expect(mkfifo(fifo, 0o600) == 0)
    #expect(throws: ImportFileError.self) { try CSVRowSource(path: fifo) }
    #expect(throws: ImportFileError.self) { try JSONLRowSource(path: folder) }
  }

  @Test func jsonlLinesAreReadOneByOneAcrossChunks() throws {
    let long = String(repeating: "x", count: 200_000)
    let path = try write(
      "a.jsonl", [0xEF, 0xBB, 0xBF] + Array("{\"a\":1}\r\n\n{\"b\":\"\(long)\"}\n  \n{\"c\":3}".utf8))
    let source = try JSONLRowSource(path: path)
    var numbers: [Int] = []
    var sizes: [Int] = []
    while let row = try source.next() {
      numbers.append(row.number)
      if case .json(let bytes) = row.content { sizes.append(bytes.count) }
    }
    #expect(numbers == [1, 3, 5])
    #expect(sizes == [7, 200_008, 7])
  }

  @Test func aJSONLLineThatIsNotUTF8IsNamed() throws {
    let path = try write("b.jsonl", Array("{}\n{\"a\":\"".utf8) + [0xE9] + Array("\"}\n".utf8))
    let source = try JSONLRowSource(path: path)
    _ = try source.next()
    #expect(throws: ImportFileError.notUTF8(path: path, row: 2)) { try source.next() }
  }

  @Test func theFormatComesFromTheExtension() {
    #expect(ImportFile.format(of: "a.jsonl") == .jsonl)
    #expect(ImportFile.format(of: "a.NDJSON") == .jsonl)
    #expect(ImportFile.format(of: "a.csv") == .csv)
    #expect(ImportFile.format(of: "export.txt") == .csv)
  }
}

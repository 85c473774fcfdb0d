import ApplyCore
import Foundation
import Testing

/// The real file system and its in-memory twin answer the same questions the same way.
@Suite struct FilesFileSystemTests {
  let directory: URL
  let bytes: [UInt8] = (0..<10_000).map { UInt8(truncatingIfNeeded: $0 &* 7) }

  init() throws {
    directory = FileManager.default.temporaryDirectory.appendingPathComponent("fs-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    try Data(bytes).write(to: directory.appendingPathComponent("data.bin"))
  }

  /// Both implementations holding `data.bin` under the same path.
  func twins() -> [(String, any FileSystem)] {
    let path = directory.appendingPathComponent("data.bin").path
    let memory = InMemoryFileSystem(files: [path: bytes])
    memory.makeDirectory(atPath: directory.path)
    return [("local", LocalFileSystem()), ("memory", memory)]
  }

  @Test func sizesReadsAndChunksAgree() throws {
    defer { try? FileManager.default.removeItem(at: directory) }
    let path = directory.appendingPathComponent("data.bin").path
    for (name, files) in twins() {
      #expect(try files.fileSize(atPath: path) == bytes.count, "\(name)")
      #expect(try files.read(atPath: path, offset: 100, count: 5) == Array(bytes[100..<105]), "\(name)")
      #expect(try files.read(atPath: path, offset: 9_998, count: 50) == Array(bytes[9_998...]), "\(name)")
      #expect(try files.read(atPath: path, offset: 20_000, count: 5) == [], "\(name)")
      var chunks: [Int] = []
      var joined: [UInt8] = []
      try files.readChunks(atPath: path, chunkSize: 3_000) { chunk in
        chunks.append(chunk.count)
        joined += chunk
      }
      #expect(chunks == [3_000, 3_000, 3_000, 1_000], "\(name)")
      #expect(joined == bytes, "\(name)")
    }
  }

  @Test func missingFilesAndDirectoriesFailAlike() {
    defer { try? FileManager.default.removeItem(at: directory) }
    let missing = directory.appendingPathComponent("missing.pdf").path
    for (name, files) in twins() {
      #expect(throws: FileSystemError(.notFound, path: missing), "\(name)") {
        try files.fileSize(atPath: missing)
      }
      #expect(throws: FileSystemError(.notAFile, path: directory.path), "\(name)") {
        try files.read(atPath: directory.path, offset: 0, count: 1)
      }
    }
  }

  @Test func aNamedPipeIsRefusedWithoutBlocking() throws {
    defer { try? FileManager.default.removeItem(at: directory) }
    let fifo = directory.appendingPathComponent("pipe").path
    try #require(mkfifo(fifo, 0o600) == 0)
    #expect(throws: FileSystemError(.notAFile, path: fifo)) { try LocalFileSystem().fileSize(atPath: fifo) }
  }

  @Test func aLeadingTildeIsTheHomeDirectory() throws {
    defer { try? FileManager.default.removeItem(at: directory) }
    let files = LocalFileSystem(homeDirectory: directory.path)
    #expect(files.resolve("~/data.bin") == directory.path + "/data.bin")
    #expect(files.resolve("~") == directory.path)
    #expect(files.resolve("~other/data.bin") == "~other/data.bin")
    #expect(LocalFileSystem().resolve("~/data.bin") == "~/data.bin")
    #expect(try files.fileSize(atPath: "~/data.bin") == bytes.count)
  }

  @Test func messagesNameThePath() {
    #expect(FileSystemError(.notFound, path: "cv.pdf").description == "'cv.pdf' does not exist")
    #expect(
      FileSystemError(.permissionDenied, path: "cv.pdf").description
        == "'cv.pdf' cannot be read (permission denied)")
    #expect(
      FileSystemError(.other("I/O error"), path: "cv.pdf").description == "'cv.pdf' cannot be read: I/O error"
    )
  }
}

import ApplyCore
import ApplyCoreTesting
import Foundation
import Testing

@testable import RecruiterApp

@Suite struct DraftsRepositoryTests {
  @Test func savedDraftsAreListedNewestFirstWithWhatResumingNeeds() throws {
    let fixture = try StateFixture()
    let clock = ManualClock(start: Date(timeIntervalSince1970: 1_780_000_000))
    let repository = fixture.repository(pid: 100, clock: clock)
    _ = try repository.save(StateFixture.sample(first: "Ada"), id: "draft-a")
    clock.advance(by: .seconds(60))
    _ = try repository.save(StateFixture.sample(first: "Grace", last: "Hopper", job: ""), id: "draft-b")

    let listed = try repository.list()
    #expect(listed.map(\.id) == ["draft-b", "draft-a"])
    #expect(listed[0].candidateLabel == "Grace Hopper")
    #expect(listed[0].jobLabel == "Senior Backend Engineer (Platform)")
    #expect(listed[1].summary.jobReference == "remote:4711")
    #expect(listed[1].saved == StateFixture.sample(first: "Ada"))
    #expect(listed.allSatisfy { $0.holder == .thisProcess })
    #expect(try repository.open("draft-a").focus == "candidate.email_address")
  }

  @Test func aSecondInstanceNeverOverwritesADraftTheFirstHasOpen() throws {
    let fixture = try StateFixture()
    let first = fixture.repository(pid: 111)
    let second = fixture.repository(pid: 222)
    _ = try first.save(StateFixture.sample(first: "Ada"), id: "shared")

    #expect(try second.list().first?.holder == .other(pid: 111))
    #expect(throws: DraftError.openElsewhere(pid: 111)) { try second.open("shared") }
    #expect(throws: DraftError.openElsewhere(pid: 111)) {
      try second.save(StateFixture.sample(first: "Mallory"), id: "shared")
    }
    #expect(throws: DraftError.openElsewhere(pid: 111)) { try second.discard("shared") }
    #expect(try first.open("shared").draft.candidate.firstName == "Ada", "nothing was overwritten")

    let copy = try second.openCopy(of: "shared", as: "copy")
    #expect(copy.draft.candidate.firstName == "Ada")
    #expect(try first.list().first { $0.id == "copy" }?.holder == .other(pid: 222))

    first.close("shared")
    #expect(try second.open("shared").draft.candidate.firstName == "Ada")
    #expect(try first.list().first { $0.id == "shared" }?.holder == .other(pid: 222))
  }

  @Test func aDeadInstanceLeavesNoLockBehind() throws {
    let fixture = try StateFixture()
    var crashed: DraftRepository? = fixture.repository(pid: 333)
    _ = try crashed?.save(StateFixture.sample(), id: "orphan")
    crashed = nil  // its descriptors close, as when the process dies (even by kill -9)
    let survivor = fixture.repository(pid: 444)
    #expect(try survivor.list().first?.holder == .free)
    #expect(try survivor.open("orphan").draft.candidate.lastName == "Lovelace")
  }

  @Test func lockFilesArePrivate() throws {
    let fixture = try StateFixture()
    let repository = fixture.repository(pid: 555)
    _ = try repository.save(StateFixture.sample(), id: "private")
    #expect(PrivateFiles.mode(of: fixture.directory + "/locks") == 0o700)
    #expect(PrivateFiles.mode(of: fixture.directory + "/locks/draft-private.lock") == 0o600)
    let contents = try String(
      contentsOfFile: fixture.directory + "/locks/draft-private.lock", encoding: .utf8)
    #expect(contents == "555\n", "the lock names its process, and nothing else")
  }

  @Test func discardDeletesTheDraftAndItsLock() throws {
    let fixture = try StateFixture()
    let repository = fixture.repository(pid: 666)
    _ = try repository.save(StateFixture.sample(), id: "gone")
    try repository.discard("gone")
    #expect(try repository.list().isEmpty)
    #expect(!FileManager.default.fileExists(atPath: fixture.directory + "/locks/draft-gone.lock"))
    #expect(throws: DraftError.self) { try repository.open("gone") }
  }

  @Test func aDraftFromANewerVersionIsListedAsUnreadable() throws {
    let fixture = try StateFixture()
    let store = DraftStore(database: fixture.database)
    try store.save(
      DraftSummary(id: "future", jobReference: "remote:1", candidateName: "Zoë", updatedAt: Date()),
      payload: Data(#"{"version":99}"#.utf8))
    let listing = try #require(try fixture.repository(pid: 777).list().first)
    #expect(listing.saved == nil)
    #expect(listing.problem?.contains("newer kombo-apply") == true)
    #expect(listing.candidateLabel == "Zoë")
  }

  @Test func lockIdsMustBePlain() {
    let locks = DraftLocks(directory: FileManager.default.temporaryDirectory.path + "/locks-\(UUID())")
    #expect(throws: DraftLocks.Failure.self) { try locks.acquire("../escape") }
  }
}

@Suite struct DraftsRevisionOrderTests {
  @Test func anOlderRevisionFinishingLastDoesNotOverwriteANewerOne() throws {
    let fixture = try StateFixture()
    let repository = fixture.repository(pid: 1)
    try repository.save(StateFixture.sample(first: "Newer"), id: "d", revision: 7)
    try repository.save(StateFixture.sample(first: "Older"), id: "d", revision: 6)
    #expect(try repository.open("d").draft.candidate.firstName == "Newer")
  }

  @Test func reopeningADraftCountsRevisionsAfresh() throws {
    let fixture = try StateFixture()
    let repository = fixture.repository(pid: 1)
    try repository.save(StateFixture.sample(first: "First session"), id: "d", revision: 9)
    _ = try repository.open("d")
    try repository.save(StateFixture.sample(first: "Second session"), id: "d", revision: 1)
    #expect(try repository.open("d").draft.candidate.firstName == "Second session")
  }
}

@Suite struct DraftsPayloadTests {
  @Test func thePayloadIsAPlainApplicationDraftWithResumeFacts() throws {
    let saved = StateFixture.sample()
    let payload = try saved.encoded()
    #expect(try JSONDecoder().decode(ApplicationDraft.self, from: payload) == saved.draft)
    #expect(try SavedDraft.decode(payload) == saved)
    let plain = try JSONEncoder().encode(saved.draft)
    #expect(try SavedDraft.decode(plain) == SavedDraft(draft: saved.draft), "a plain draft still loads")
  }
}

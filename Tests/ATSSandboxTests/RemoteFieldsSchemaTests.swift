import KomboAPI
import Testing

@testable import ATSSandbox

/// The sandbox's copy of Kombo's `remote_fields` schema and its validator.
@Suite struct RemoteFieldsSchemaTests {
  let schema = RemoteFieldsSchema.spec

  @Test func theEmbeddedSchemaDocumentsTheSpecsTools() {
    #expect(schema.tools.count == 20)
    #expect(schema.keys(of: "greenhouse") == ["application", "candidate", "post_headers"])
    #expect(schema.keys(of: "workable") == ["candidate", "on_behalf_of_user_remote_id"])
    #expect(schema.keys(of: "rexx") == nil)
  }

  @Test(
    arguments: [
      (
        [
          "workday": [
            "Candidate_Data": [
              "Job_Application_Data": [
                "Resume_Data": [
                  "Experience_Data": [
                    ["Company_Name": "Babbage & Co", "Title": "Analyst", "Start_Date": "soon"]
                  ]
                ]
              ]
            ]
          ]
        ],
        "remote_fields.workday.Candidate_Data.Job_Application_Data.Resume_Data.Experience_Data[0].Start_Date:"
      ),
      (
        ["successfactors": ["copyJobApplicationAttachments": "yes"]],
        "remote_fields.successfactors.copyJobApplicationAttachments:"
      ),
      (["lever": ["candidate": ["x": 1], "prospect": [:]]], "remote_fields.lever.prospect: not a field"),
      (
        ["greenhouse": ["post_headers": ["On-Behalf-Of": 4080]]],
        "remote_fields.greenhouse.post_headers.On-Behalf-Of: is a number"
      ),
    ] as [(JSONValue, String)])
  func problemsNameTheirPath(_ fields: JSONValue, _ prefix: String) {
    #expect {
      try schema.validate(fields, path: "remote_fields")
    } throws: { error in
      (error as? SandboxError)?.message.hasPrefix(prefix) == true
    }
  }

  @Test func validValuesPass() throws {
    try schema.validate(
      [
        "greenhouse": ["post_headers": ["On-Behalf-Of": .null], "candidate": ["anything": [1, "two"]]],
        "workday": ["Candidate_Data": ["Language_Reference": ["WID": "en"]]],
        "successfactors": ["update_existing_candidate": .null, "copyJobApplicationAttachments": true],
      ], path: "remote_fields")
  }
}

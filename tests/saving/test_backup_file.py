"""The backup file: every record in one versioned JSON; old copies read; anything else refused."""

import json

from interview_coach.saving import backup_file, records
from interview_coach.saving.stored_copy import APP_ID

STORED = {"checklist/a": records.encode(5, '{"done":true,"note":"é"}'),
          "person/p1": records.encode(7, '{"id":"p1","name":"Ana"}')}


def test_a_backup_gives_back_every_record_byte_for_byte():
    data = backup_file.write_backup(STORED, "2026-12-01T22:30:00Z")
    head = json.loads(data)
    assert (head["app"], head["kind"], head["version"]) == (APP_ID, "backup", 2)
    result = backup_file.read_backup(data)
    assert result.records == STORED and result.unreadable == 0


def test_a_bad_record_is_left_out_not_the_file():
    data = json.dumps({"app": APP_ID, "kind": "backup", "version": 2,
                       "records": {**{k: json.loads(t) for k, t in STORED.items()},
                                   "picks": "not a record"}}).encode()
    result = backup_file.read_backup(data)
    assert set(result.records) == set(STORED) and result.unreadable == 1


def test_other_files_are_refused_with_the_reason():
    assert backup_file.read_backup(b"\xff\xfe\x00").refused == backup_file.NOT_TEXT
    assert backup_file.read_backup(b"date,contact\n").refused == backup_file.NOT_BACKUP
    newer = json.dumps({"app": APP_ID, "kind": "backup", "version": 3, "records": {}})
    assert backup_file.read_backup(newer.encode()).refused == backup_file.NEWER


def test_a_version_1_copy_is_read_and_its_log_becomes_people():
    v1 = json.dumps({"app": APP_ID, "version": 1, "parts": {
        "picks": ["q1"], "checklist": {"a": {"done": True, "note": ""}},
        "log_csv": "date,contact\r\n2026-10-01,Ana\r\n"}})
    result = backup_file.read_backup(v1.encode())
    assert result.version == 1

    def people_of_log(text):
        assert "Ana" in text
        return {"p9": {**__import__("interview_coach.people.record", fromlist=["x"])
                       .blank_person("p9"), "name": "Ana"}}

    converted = backup_file.v1_records(result.v1_parts, 42, people_of_log)
    assert set(converted) == {"picks", "checklist/a", "person/p9"}
    assert all(records.decode(t)[0] == 42 for t in converted.values())

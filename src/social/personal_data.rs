//! What this domain keeps about a user, for export and erasure (see
//! `crate::privacy`).

use crate::privacy::{Erase, Export, PersonalData};

/// In the friend's copy of a visit's conversation with the user, the
/// participant that is the user's device: the one not linked to a device of
/// the copy's owner.
macro_rules! friends_copy {
    () => {
        "p.device_id IS NULL AND p.device_app_id IS NULL
         AND p.conversation_id IN (SELECT visitor_conversation_id FROM device_visits WHERE host_id = {user}
                                   UNION ALL
                                   SELECT host_conversation_id FROM device_visits WHERE visitor_id = {user})"
    };
}

inventory::submit! {
    PersonalData {
        table: "friendships",
        user_columns: &["requester_id", "addressee_id"],
        exports: &[Export {
            resource: "friendships",
            query: "SELECT id, requester_id, addressee_id, status, created_at, responded_at FROM friendships
                    WHERE requester_id = {user} OR addressee_id = {user} ORDER BY id",
        }],
        erase: Erase::WithUser,
    }
}

inventory::submit! {
    PersonalData {
        table: "user_blocks",
        user_columns: &["blocker_id", "blocked_id"],
        // The blocks the user made; being blocked is the blocker's data.
        exports: &[Export {
            resource: "blocks",
            query: "SELECT blocked_id, created_at FROM user_blocks WHERE blocker_id = {user} ORDER BY created_at",
        }],
        erase: Erase::WithUser,
    }
}

inventory::submit! {
    PersonalData {
        table: "device_visits",
        user_columns: &["host_id", "visitor_id"],
        exports: &[Export {
            resource: "device_visits",
            query: "SELECT * FROM device_visits WHERE host_id = {user} OR visitor_id = {user} ORDER BY id",
        }],
        // The visit record goes; the friend's copy of its conversation
        // stays, the user's device in it (stored by name only, unlinked)
        // becoming an anonymous speaker.
        erase: Erase::Sql(&[
            concat!(
                "UPDATE conversation_lines l
                 SET speaker = CASE WHEN l.speaker = p.name THEN 'A former member''s device' ELSE l.speaker END,
                     text = replace(l.text, p.name, 'a former member''s device')
                 FROM conversation_participants p
                 WHERE l.conversation_id = p.conversation_id AND p.name <> '' AND ",
                friends_copy!()
            ),
            concat!(
                "UPDATE conversation_participants p SET name = 'A former member''s device' WHERE ",
                friends_copy!()
            ),
        ]),
    }
}

inventory::submit! {
    PersonalData {
        table: "challenges",
        user_columns: &["creator_id"],
        exports: &[Export {
            resource: "challenges_created",
            query: "SELECT * FROM challenges WHERE creator_id = {user} ORDER BY id",
        }],
        // A challenge others joined is theirs too: it passes to the
        // earliest other participant instead of vanishing from under them.
        erase: Erase::Sql(&["UPDATE challenges c
             SET creator_id = (SELECT p.user_id FROM challenge_participants p
                               WHERE p.challenge_id = c.id AND p.user_id <> {user}
                               ORDER BY p.joined_at, p.user_id LIMIT 1)
             WHERE c.creator_id = {user}
               AND EXISTS (SELECT 1 FROM challenge_participants p WHERE p.challenge_id = c.id AND p.user_id <> {user})"]),
    }
}

inventory::submit! {
    PersonalData {
        table: "challenge_participants",
        user_columns: &["user_id"],
        exports: &[Export {
            resource: "challenges_joined",
            query: "SELECT * FROM challenge_participants WHERE user_id = {user} ORDER BY joined_at, challenge_id",
        }],
        erase: Erase::WithUser,
    }
}

inventory::submit! {
    PersonalData {
        table: "friend_invites",
        user_columns: &["requester_id"],
        exports: &[Export {
            resource: "friend_invites",
            query: "SELECT * FROM friend_invites WHERE requester_id = {user} ORDER BY id",
        }],
        // Invites others addressed to the user's email or id go too.
        erase: Erase::Sql(&["DELETE FROM friend_invites
             WHERE address_sha256 IN (encode(sha256(convert_to({email}, 'UTF8')), 'hex'),
                                      encode(sha256(convert_to({user}::text, 'UTF8')), 'hex'))"]),
    }
}

inventory::submit! {
    PersonalData {
        table: "friend_request_sends",
        user_columns: &["requester_id"],
        exports: &[Export {
            resource: "friend_request_sends",
            query: "SELECT * FROM friend_request_sends WHERE requester_id = {user} ORDER BY id",
        }],
        erase: Erase::WithUser,
    }
}

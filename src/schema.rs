// @generated automatically by Diesel CLI.

diesel::table! {
    account_deletions (id) {
        id -> Uuid,
        user_id -> Uuid,
        requested_at -> Timestamptz,
        erase_after -> Timestamptz,
        by_admin -> Bool,
    }
}

diesel::table! {
    activity_days (user_id, day) {
        user_id -> Uuid,
        day -> Date,
        events -> Int4,
        night_events -> Int4,
    }
}

diesel::table! {
    activity_events (id) {
        id -> Uuid,
        user_id -> Uuid,
        name -> Text,
        properties -> Jsonb,
        occurred_at -> Timestamptz,
        created_at -> Timestamptz,
    }
}

diesel::table! {
    ai_generations (id) {
        id -> Uuid,
        user_id -> Nullable<Uuid>,
        purpose -> Text,
        provider -> Text,
        model -> Text,
        prompt_tokens -> Int4,
        completion_tokens -> Int4,
        latency_ms -> Int4,
        cost_usd -> Float8,
        outcome -> Text,
        error -> Nullable<Text>,
        created_at -> Timestamptz,
    }
}

diesel::table! {
    app_categories (code) {
        code -> Text,
        name -> Text,
        description -> Text,
        position -> Int4,
    }
}

diesel::table! {
    app_relationships (id) {
        id -> Uuid,
        user_id -> Uuid,
        device_app_a_id -> Uuid,
        device_app_b_id -> Uuid,
        kind -> Text,
        note -> Text,
        request_id -> Nullable<Text>,
        created_at -> Timestamptz,
    }
}

diesel::table! {
    app_reports (user_id, app_id) {
        user_id -> Uuid,
        app_id -> Uuid,
        name -> Nullable<Text>,
        category -> Nullable<Text>,
        updated_at -> Timestamptz,
    }
}

diesel::table! {
    app_sessions (user_id, device_id, started_at, app_id) {
        user_id -> Uuid,
        device_id -> Uuid,
        started_at -> Timestamptz,
        app_id -> Uuid,
        duration_ms -> Int4,
        launches -> Int4,
        notifications -> Int4,
        received_at -> Timestamptz,
    }
}

diesel::table! {
    apps (id) {
        id -> Uuid,
        bundle_id -> Text,
        name -> Text,
        category -> Text,
        default_personality -> Text,
        created_at -> Timestamptz,
        updated_at -> Timestamptz,
    }
}

diesel::table! {
    audit_events (sequence) {
        sequence -> Int8,
        id -> Uuid,
        at -> Timestamptz,
        actor_id -> Nullable<Uuid>,
        action -> Text,
        resource_type -> Text,
        resource_id -> Text,
        metadata -> Jsonb,
        ip -> Nullable<Text>,
        prev_hash -> Text,
        hash -> Text,
        salts -> Nullable<Jsonb>,
        sealed -> Jsonb,
    }
}

diesel::table! {
    case_grants (case_id, user_id) {
        case_id -> Uuid,
        user_id -> Uuid,
        granted_by -> Nullable<Uuid>,
        created_at -> Timestamptz,
    }
}

diesel::table! {
    case_images (id) {
        id -> Uuid,
        case_id -> Uuid,
        uploader_id -> Nullable<Uuid>,
        sha256 -> Bytea,
        storage_key -> Text,
        mime_type -> Text,
        size_bytes -> Int8,
        width -> Int4,
        height -> Int4,
        caption -> Text,
        status -> Text,
        error -> Text,
        created_at -> Timestamptz,
        features -> Nullable<Bytea>,
        matcher -> Text,
    }
}

diesel::table! {
    case_matches (id) {
        id -> Uuid,
        case_id -> Uuid,
        case_image_id -> Uuid,
        sighting_id -> Nullable<Uuid>,
        other_image_id -> Nullable<Uuid>,
        score -> Float4,
        matcher -> Text,
        status -> Text,
        decided_by -> Nullable<Uuid>,
        decided_at -> Nullable<Timestamptz>,
        note -> Text,
        created_at -> Timestamptz,
    }
}

diesel::table! {
    case_sightings (id) {
        id -> Uuid,
        submitter_id -> Nullable<Uuid>,
        sha256 -> Bytea,
        storage_key -> Text,
        mime_type -> Text,
        size_bytes -> Int8,
        width -> Int4,
        height -> Int4,
        place -> Text,
        latitude -> Nullable<Float8>,
        longitude -> Nullable<Float8>,
        seen_at -> Nullable<Timestamptz>,
        note -> Text,
        status -> Text,
        error -> Text,
        features -> Nullable<Bytea>,
        matcher -> Text,
        created_at -> Timestamptz,
    }
}

diesel::table! {
    case_source_queries (id) {
        id -> Uuid,
        source_id -> Uuid,
        user_id -> Nullable<Uuid>,
        purpose -> Text,
        query -> Text,
        row_count -> Int8,
        error -> Text,
        created_at -> Timestamptz,
    }
}

diesel::table! {
    case_source_syncs (id) {
        id -> Uuid,
        source_id -> Uuid,
        trigger -> Text,
        started_at -> Timestamptz,
        finished_at -> Nullable<Timestamptz>,
        status -> Text,
        pulled -> Int4,
        created -> Int4,
        updated -> Int4,
        skipped -> Int4,
        errors -> Array<Nullable<Text>>,
    }
}

diesel::table! {
    case_sources (id) {
        id -> Uuid,
        name -> Text,
        kind -> Text,
        connection -> Bytea,
        table_name -> Text,
        key_column -> Text,
        mapping -> Jsonb,
        enabled -> Bool,
        sync_every_minutes -> Int4,
        last_sync_at -> Nullable<Timestamptz>,
        created_by -> Nullable<Uuid>,
        created_at -> Timestamptz,
        updated_at -> Timestamptz,
    }
}

diesel::table! {
    cases (id) {
        id -> Uuid,
        reporter_id -> Nullable<Uuid>,
        full_name -> Text,
        aliases -> Array<Nullable<Text>>,
        date_of_birth -> Nullable<Date>,
        age -> Nullable<Int4>,
        gender -> Nullable<Text>,
        height_cm -> Nullable<Int4>,
        last_seen_at -> Nullable<Timestamptz>,
        last_seen_place -> Text,
        last_seen_lat -> Nullable<Float8>,
        last_seen_lng -> Nullable<Float8>,
        description -> Text,
        status -> Text,
        priority -> Text,
        created_at -> Timestamptz,
        updated_at -> Timestamptz,
        source_id -> Nullable<Uuid>,
        source_key -> Nullable<Text>,
    }
}

diesel::table! {
    challenge_participants (challenge_id, user_id) {
        challenge_id -> Uuid,
        user_id -> Uuid,
        joined_at -> Timestamptz,
    }
}

diesel::table! {
    challenges (id) {
        id -> Uuid,
        creator_id -> Uuid,
        kind -> Text,
        title -> Text,
        description -> Text,
        start_day -> Date,
        end_day -> Date,
        target -> Int8,
        visibility -> Text,
        request_id -> Nullable<Text>,
        created_at -> Timestamptz,
        finished_at -> Nullable<Timestamptz>,
    }
}

diesel::table! {
    chat_messages (id) {
        id -> Uuid,
        thread_id -> Uuid,
        author -> Text,
        text -> Text,
        state -> Text,
        prompt_tokens -> Int4,
        completion_tokens -> Int4,
        request_id -> Nullable<Text>,
        created_at -> Timestamptz,
    }
}

diesel::table! {
    chat_threads (id) {
        id -> Uuid,
        user_id -> Uuid,
        device_id -> Nullable<Uuid>,
        device_app_id -> Nullable<Uuid>,
        title -> Text,
        request_id -> Nullable<Text>,
        created_at -> Timestamptz,
        updated_at -> Timestamptz,
        coach -> Bool,
        persona_id -> Nullable<Uuid>,
    }
}

diesel::table! {
    coaching_adherence_rollups (user_id) {
        user_id -> Uuid,
        day -> Date,
        timezone -> Text,
        version -> Int8,
        scheduled_7 -> Int4,
        completed_7 -> Int4,
        scheduled_30 -> Int4,
        completed_30 -> Int4,
        scheduled_90 -> Int4,
        completed_90 -> Int4,
        streaks -> Jsonb,
        computed_at -> Timestamptz,
    }
}

diesel::table! {
    coaching_check_ins (id) {
        id -> Uuid,
        habit_id -> Uuid,
        goal_id -> Uuid,
        user_id -> Uuid,
        day -> Date,
        completed -> Bool,
        value -> Float8,
        note -> Text,
        created_at -> Timestamptz,
        updated_at -> Timestamptz,
        changed_txid -> Int8,
    }
}

diesel::table! {
    coaching_goals (id) {
        id -> Uuid,
        user_id -> Uuid,
        title -> Text,
        description -> Text,
        theme -> Text,
        constraints -> Text,
        minutes_per_week -> Int4,
        status -> Text,
        target_date -> Nullable<Date>,
        plan_status -> Text,
        plan_error -> Nullable<Text>,
        plan -> Nullable<Jsonb>,
        plan_summary -> Text,
        plan_job_id -> Nullable<Uuid>,
        created_at -> Timestamptz,
        updated_at -> Timestamptz,
        changed_txid -> Int8,
    }
}

diesel::table! {
    coaching_habits (id) {
        id -> Uuid,
        goal_id -> Uuid,
        user_id -> Uuid,
        title -> Text,
        weekdays -> Int2,
        target -> Int4,
        unit -> Text,
        created_at -> Timestamptz,
        updated_at -> Timestamptz,
    }
}

diesel::table! {
    coaching_journal_entries (id) {
        id -> Uuid,
        user_id -> Uuid,
        text -> Text,
        sentiment -> Float8,
        label -> Text,
        emotions -> Array<Nullable<Text>>,
        shared -> Bool,
        created_at -> Timestamptz,
        changed_txid -> Int8,
    }
}

diesel::table! {
    coaching_mentor_interactions (id) {
        id -> Uuid,
        mentor_id -> Uuid,
        member_id -> Uuid,
        question -> Text,
        answer -> Text,
        context -> Jsonb,
        complete -> Bool,
        created_at -> Timestamptz,
    }
}

diesel::table! {
    coaching_mentor_invites (id) {
        id -> Uuid,
        mentor_id -> Uuid,
        member_id -> Uuid,
        created_at -> Timestamptz,
        expires_at -> Timestamptz,
    }
}

diesel::table! {
    coaching_mentor_links (member_id) {
        member_id -> Uuid,
        mentor_id -> Uuid,
        created_at -> Timestamptz,
    }
}

diesel::table! {
    coaching_posts (id) {
        id -> Uuid,
        cohort_id -> Uuid,
        author -> Text,
        author_id -> Nullable<Uuid>,
        member_id -> Nullable<Uuid>,
        content -> Text,
        created_at -> Timestamptz,
    }
}

diesel::table! {
    coaching_risk_rollups (user_id) {
        user_id -> Uuid,
        day -> Date,
        timezone -> Text,
        version -> Int8,
        missed -> Int4,
        last_completed -> Nullable<Date>,
        scheduled_7 -> Int4,
        completed_7 -> Int4,
        computed_at -> Timestamptz,
    }
}

diesel::table! {
    coaching_rollup_versions (user_id) {
        user_id -> Uuid,
        version -> Int8,
    }
}

diesel::table! {
    coaching_subgoals (id) {
        id -> Uuid,
        goal_id -> Uuid,
        user_id -> Uuid,
        title -> Text,
        target_date -> Nullable<Date>,
        done -> Bool,
        created_at -> Timestamptz,
        updated_at -> Timestamptz,
    }
}

diesel::table! {
    coaching_suggestions (id) {
        id -> Uuid,
        goal_id -> Uuid,
        user_id -> Uuid,
        change -> Jsonb,
        rationale -> Text,
        status -> Text,
        created_at -> Timestamptz,
        decided_at -> Nullable<Timestamptz>,
    }
}

diesel::table! {
    conversation_lines (conversation_id, index) {
        conversation_id -> Uuid,
        index -> Int4,
        speaker -> Text,
        text -> Text,
    }
}

diesel::table! {
    conversation_participants (conversation_id, position) {
        conversation_id -> Uuid,
        position -> Int2,
        device_id -> Nullable<Uuid>,
        device_app_id -> Nullable<Uuid>,
        name -> Text,
        personality -> Text,
    }
}

diesel::table! {
    conversations (id) {
        id -> Uuid,
        user_id -> Uuid,
        kind -> Text,
        mood -> Text,
        trigger -> Text,
        day -> Date,
        provider -> Text,
        model -> Text,
        prompt_tokens -> Int4,
        completion_tokens -> Int4,
        cost_usd -> Float8,
        rating -> Nullable<Int2>,
        is_favorite -> Bool,
        feedback -> Text,
        request_id -> Nullable<Text>,
        created_at -> Timestamptz,
    }
}

diesel::table! {
    daily_app_rollups (user_id, day, app_id) {
        user_id -> Uuid,
        day -> Date,
        app_id -> Uuid,
        time_ms -> Int8,
        launches -> Int8,
        sessions -> Int4,
        notifications -> Int8,
    }
}

diesel::table! {
    daily_device_usage (user_id, device_id, day) {
        user_id -> Uuid,
        device_id -> Uuid,
        day -> Date,
        screen_time_ms -> Int8,
        unlocks -> Int4,
        pickups -> Int4,
        notifications -> Int4,
        first_pickup_time -> Nullable<Time>,
        received_at -> Timestamptz,
    }
}

diesel::table! {
    daily_user_rollups (user_id, day) {
        user_id -> Uuid,
        day -> Date,
        screen_time_ms -> Int8,
        unlocks -> Int8,
        pickups -> Int8,
        notifications -> Int8,
        app_time_ms -> Int8,
        sessions -> Int4,
        launches -> Int8,
        longest_session_ms -> Int8,
        night_ms -> Int8,
        productive_ms -> Int8,
        time_wasting_ms -> Int8,
        first_pickup_time -> Nullable<Time>,
        top_app_id -> Nullable<Uuid>,
        top_category -> Nullable<Text>,
        computed_at -> Timestamptz,
    }
}

diesel::table! {
    device_apps (id) {
        id -> Uuid,
        user_id -> Uuid,
        device_id -> Uuid,
        app_id -> Uuid,
        nickname -> Text,
        personality_override -> Nullable<Text>,
        is_favorite -> Bool,
        created_at -> Timestamptz,
        updated_at -> Timestamptz,
    }
}

diesel::table! {
    device_relationships (id) {
        id -> Uuid,
        user_id -> Uuid,
        device_a_id -> Uuid,
        device_b_id -> Uuid,
        kind -> Text,
        note -> Text,
        request_id -> Nullable<Text>,
        created_at -> Timestamptz,
    }
}

diesel::table! {
    device_visits (id) {
        id -> Uuid,
        host_id -> Uuid,
        visitor_id -> Uuid,
        visiting_device_id -> Uuid,
        starts_at -> Timestamptz,
        ends_at -> Timestamptz,
        ended_at -> Nullable<Timestamptz>,
        conversation_requested -> Bool,
        host_conversation_id -> Nullable<Uuid>,
        visitor_conversation_id -> Nullable<Uuid>,
        request_id -> Nullable<Text>,
        created_at -> Timestamptz,
    }
}

diesel::table! {
    devices (id) {
        id -> Uuid,
        user_id -> Uuid,
        name -> Text,
        platform -> Text,
        device_type -> Text,
        personality -> Text,
        nickname -> Text,
        is_primary -> Bool,
        is_active -> Bool,
        last_synced_at -> Nullable<Timestamptz>,
        request_id -> Nullable<Text>,
        created_at -> Timestamptz,
        updated_at -> Timestamptz,
    }
}

diesel::table! {
    engagement_messages (id) {
        id -> Uuid,
        user_id -> Uuid,
        kind -> Text,
        template -> Text,
        content -> Text,
        channel -> Text,
        segment -> Nullable<Text>,
        notification_id -> Nullable<Uuid>,
        dedupe_key -> Nullable<Text>,
        status -> Text,
        history -> Jsonb,
        sent_at -> Timestamptz,
        updated_at -> Timestamptz,
    }
}

diesel::table! {
    engagement_profiles (user_id) {
        user_id -> Uuid,
        first_seen_at -> Timestamptz,
        last_active_at -> Timestamptz,
        segment -> Text,
        churn_risk -> Float8,
        active_days_7 -> Int4,
        active_days_28 -> Int4,
        computed_at -> Timestamptz,
    }
}

diesel::table! {
    friend_invites (id) {
        id -> Uuid,
        requester_id -> Uuid,
        address_sha256 -> Text,
        created_at -> Timestamptz,
    }
}

diesel::table! {
    friend_request_sends (id) {
        id -> Uuid,
        requester_id -> Uuid,
        sent_at -> Timestamptz,
    }
}

diesel::table! {
    friendships (id) {
        id -> Uuid,
        requester_id -> Uuid,
        addressee_id -> Uuid,
        status -> Text,
        created_at -> Timestamptz,
        responded_at -> Nullable<Timestamptz>,
    }
}

diesel::table! {
    jobs (id) {
        id -> Uuid,
        kind -> Text,
        payload -> Jsonb,
        state -> Text,
        priority -> Int2,
        run_at -> Timestamptz,
        attempts -> Int4,
        max_attempts -> Int4,
        lease_token -> Nullable<Uuid>,
        lease_until -> Nullable<Timestamptz>,
        worker -> Nullable<Text>,
        last_error -> Nullable<Text>,
        result -> Nullable<Jsonb>,
        unique_key -> Nullable<Text>,
        user_id -> Nullable<Uuid>,
        created_at -> Timestamptz,
        updated_at -> Timestamptz,
        finished_at -> Nullable<Timestamptz>,
        traceparent -> Nullable<Text>,
    }
}

diesel::table! {
    journals (id) {
        id -> Uuid,
        user_id -> Uuid,
        device_id -> Nullable<Uuid>,
        device_app_id -> Nullable<Uuid>,
        author_name -> Text,
        author_personality -> Text,
        day -> Date,
        mood -> Text,
        text -> Text,
        facts -> Jsonb,
        provider -> Text,
        model -> Text,
        prompt_tokens -> Int4,
        completion_tokens -> Int4,
        cost_usd -> Float8,
        created_at -> Timestamptz,
    }
}

diesel::table! {
    login_attempts (id) {
        id -> Int8,
        email -> Text,
        peer -> Text,
        succeeded -> Bool,
        attempted_at -> Timestamptz,
    }
}

diesel::table! {
    notification_preferences (user_id, kind) {
        user_id -> Uuid,
        kind -> Text,
        in_app -> Bool,
        webhook -> Bool,
        push -> Bool,
    }
}

diesel::table! {
    notification_quiet_hours (user_id) {
        user_id -> Uuid,
        starts -> Time,
        ends -> Time,
    }
}

diesel::table! {
    notifications (id) {
        id -> Uuid,
        user_id -> Uuid,
        kind -> Text,
        title -> Text,
        data -> Jsonb,
        dedupe_key -> Nullable<Text>,
        created_at -> Timestamptz,
        read_at -> Nullable<Timestamptz>,
        in_app -> Bool,
    }
}

diesel::table! {
    peer_counters (bucket, peer, window_start) {
        bucket -> Text,
        peer -> Text,
        window_start -> Timestamptz,
        count -> Int4,
    }
}

diesel::table! {
    persona_events (id) {
        id -> Int8,
        persona_id -> Uuid,
        status -> Text,
        created_at -> Timestamptz,
    }
}

diesel::table! {
    personas (id) {
        id -> Uuid,
        user_id -> Uuid,
        survey_id -> Uuid,
        status -> Text,
        generation -> Int4,
        name -> Text,
        traits -> Jsonb,
        prompt -> Text,
        description -> Text,
        responses_used -> Int4,
        illustration -> Nullable<Bytea>,
        illustration_file -> Nullable<Text>,
        attempts -> Int4,
        last_error -> Text,
        created_at -> Timestamptz,
        updated_at -> Timestamptz,
    }
}

diesel::table! {
    push_tokens (id) {
        id -> Uuid,
        user_id -> Uuid,
        token -> Text,
        platform -> Text,
        created_at -> Timestamptz,
        last_seen_at -> Timestamptz,
    }
}

diesel::table! {
    refresh_tokens (id) {
        id -> Uuid,
        user_id -> Uuid,
        family_id -> Uuid,
        token_hash -> Bytea,
        expires_at -> Timestamptz,
        revoked_at -> Nullable<Timestamptz>,
        replaced_by -> Nullable<Uuid>,
        user_agent -> Nullable<Text>,
        ip -> Nullable<Text>,
        created_at -> Timestamptz,
    }
}

diesel::table! {
    survey_responses (id) {
        id -> Uuid,
        survey_id -> Uuid,
        fingerprint -> Bytea,
        answers -> Jsonb,
        created_at -> Timestamptz,
    }
}

diesel::table! {
    surveys (id) {
        id -> Uuid,
        user_id -> Uuid,
        title -> Text,
        questions -> Jsonb,
        slug -> Text,
        status -> Text,
        min_responses -> Int4,
        response_count -> Int4,
        created_at -> Timestamptz,
        updated_at -> Timestamptz,
    }
}

diesel::table! {
    usage_goals (id) {
        id -> Uuid,
        user_id -> Uuid,
        kind -> Text,
        target -> Int8,
        period -> Text,
        app_id -> Nullable<Uuid>,
        category -> Nullable<Text>,
        is_active -> Bool,
        request_id -> Nullable<Text>,
        created_at -> Timestamptz,
        updated_at -> Timestamptz,
    }
}

diesel::table! {
    usage_patterns (id) {
        id -> Uuid,
        user_id -> Uuid,
        kind -> Text,
        severity -> Float8,
        confidence -> Float8,
        detected_at -> Timestamptz,
        resolved_at -> Nullable<Timestamptz>,
        metadata -> Jsonb,
    }
}

diesel::table! {
    usage_uploads (user_id, upload_id) {
        user_id -> Uuid,
        upload_id -> Text,
        last_batch_index -> Int8,
        received -> Int8,
        inserted -> Int8,
        updated -> Int8,
        unchanged -> Int8,
        rejected -> Int8,
        created_at -> Timestamptz,
        updated_at -> Timestamptz,
    }
}

diesel::table! {
    user_blocks (blocker_id, blocked_id) {
        blocker_id -> Uuid,
        blocked_id -> Uuid,
        created_at -> Timestamptz,
    }
}

diesel::table! {
    users (id) {
        id -> Uuid,
        email -> Text,
        display_name -> Text,
        password_hash -> Nullable<Text>,
        google_subject -> Nullable<Text>,
        role -> Text,
        timezone -> Text,
        locale -> Text,
        preferred_moods -> Array<Nullable<Text>>,
        conversation_frequency -> Text,
        quiet_hours_start -> Nullable<Time>,
        quiet_hours_end -> Nullable<Time>,
        is_active -> Bool,
        last_active_at -> Nullable<Timestamptz>,
        created_at -> Timestamptz,
        updated_at -> Timestamptz,
        email_verified -> Bool,
        session_version -> Int4,
        changed_txid -> Int8,
    }
}

diesel::table! {
    warehouse_deletions (id) {
        id -> Uuid,
        entity -> Text,
        row_id -> Text,
        deleted_at -> Timestamptz,
        changed_txid -> Int8,
    }
}

diesel::table! {
    warehouse_export_runs (id) {
        id -> Int8,
        from_txid -> Int8,
        to_txid -> Int8,
        rows -> Jsonb,
        finished_at -> Timestamptz,
    }
}

diesel::table! {
    warehouse_settings (only_row) {
        only_row -> Bool,
        salt -> Text,
    }
}

diesel::table! {
    webhook_deliveries (id) {
        id -> Uuid,
        endpoint_id -> Uuid,
        notification_id -> Uuid,
        user_id -> Uuid,
        state -> Text,
        attempts -> Int4,
        last_status -> Nullable<Int4>,
        last_error -> Nullable<Text>,
        created_at -> Timestamptz,
        updated_at -> Timestamptz,
        delivered_at -> Nullable<Timestamptz>,
    }
}

diesel::table! {
    webhook_endpoints (id) {
        id -> Uuid,
        user_id -> Nullable<Uuid>,
        url -> Text,
        secret -> Text,
        kinds -> Array<Nullable<Text>>,
        created_at -> Timestamptz,
    }
}

diesel::joinable!(account_deletions -> users (user_id));
diesel::joinable!(activity_days -> users (user_id));
diesel::joinable!(activity_events -> users (user_id));
diesel::joinable!(ai_generations -> users (user_id));
diesel::joinable!(app_relationships -> users (user_id));
diesel::joinable!(app_reports -> app_categories (category));
diesel::joinable!(app_reports -> apps (app_id));
diesel::joinable!(app_reports -> users (user_id));
diesel::joinable!(app_sessions -> apps (app_id));
diesel::joinable!(apps -> app_categories (category));
diesel::joinable!(case_grants -> cases (case_id));
diesel::joinable!(case_images -> cases (case_id));
diesel::joinable!(case_images -> users (uploader_id));
diesel::joinable!(case_matches -> case_sightings (sighting_id));
diesel::joinable!(case_matches -> cases (case_id));
diesel::joinable!(case_matches -> users (decided_by));
diesel::joinable!(case_sightings -> users (submitter_id));
diesel::joinable!(case_source_queries -> case_sources (source_id));
diesel::joinable!(case_source_queries -> users (user_id));
diesel::joinable!(case_source_syncs -> case_sources (source_id));
diesel::joinable!(case_sources -> users (created_by));
diesel::joinable!(cases -> case_sources (source_id));
diesel::joinable!(cases -> users (reporter_id));
diesel::joinable!(challenge_participants -> challenges (challenge_id));
diesel::joinable!(challenge_participants -> users (user_id));
diesel::joinable!(challenges -> users (creator_id));
diesel::joinable!(chat_messages -> chat_threads (thread_id));
diesel::joinable!(chat_threads -> device_apps (device_app_id));
diesel::joinable!(chat_threads -> devices (device_id));
diesel::joinable!(chat_threads -> personas (persona_id));
diesel::joinable!(chat_threads -> users (user_id));
diesel::joinable!(coaching_adherence_rollups -> users (user_id));
diesel::joinable!(coaching_check_ins -> coaching_goals (goal_id));
diesel::joinable!(coaching_check_ins -> coaching_habits (habit_id));
diesel::joinable!(coaching_check_ins -> users (user_id));
diesel::joinable!(coaching_goals -> users (user_id));
diesel::joinable!(coaching_habits -> coaching_goals (goal_id));
diesel::joinable!(coaching_habits -> users (user_id));
diesel::joinable!(coaching_journal_entries -> users (user_id));
diesel::joinable!(coaching_risk_rollups -> users (user_id));
diesel::joinable!(coaching_rollup_versions -> users (user_id));
diesel::joinable!(coaching_subgoals -> coaching_goals (goal_id));
diesel::joinable!(coaching_subgoals -> users (user_id));
diesel::joinable!(coaching_suggestions -> coaching_goals (goal_id));
diesel::joinable!(coaching_suggestions -> users (user_id));
diesel::joinable!(conversation_lines -> conversations (conversation_id));
diesel::joinable!(conversation_participants -> conversations (conversation_id));
diesel::joinable!(conversation_participants -> device_apps (device_app_id));
diesel::joinable!(conversation_participants -> devices (device_id));
diesel::joinable!(conversations -> users (user_id));
diesel::joinable!(daily_app_rollups -> apps (app_id));
diesel::joinable!(daily_app_rollups -> users (user_id));
diesel::joinable!(daily_user_rollups -> app_categories (top_category));
diesel::joinable!(daily_user_rollups -> apps (top_app_id));
diesel::joinable!(daily_user_rollups -> users (user_id));
diesel::joinable!(device_apps -> apps (app_id));
diesel::joinable!(device_apps -> devices (device_id));
diesel::joinable!(device_apps -> users (user_id));
diesel::joinable!(device_relationships -> users (user_id));
diesel::joinable!(device_visits -> devices (visiting_device_id));
diesel::joinable!(devices -> users (user_id));
diesel::joinable!(engagement_messages -> notifications (notification_id));
diesel::joinable!(engagement_messages -> users (user_id));
diesel::joinable!(engagement_profiles -> users (user_id));
diesel::joinable!(friend_invites -> users (requester_id));
diesel::joinable!(friend_request_sends -> users (requester_id));
diesel::joinable!(jobs -> users (user_id));
diesel::joinable!(journals -> device_apps (device_app_id));
diesel::joinable!(journals -> devices (device_id));
diesel::joinable!(journals -> users (user_id));
diesel::joinable!(notification_preferences -> users (user_id));
diesel::joinable!(notification_quiet_hours -> users (user_id));
diesel::joinable!(notifications -> users (user_id));
diesel::joinable!(persona_events -> personas (persona_id));
diesel::joinable!(personas -> surveys (survey_id));
diesel::joinable!(personas -> users (user_id));
diesel::joinable!(push_tokens -> users (user_id));
diesel::joinable!(refresh_tokens -> users (user_id));
diesel::joinable!(survey_responses -> surveys (survey_id));
diesel::joinable!(surveys -> users (user_id));
diesel::joinable!(usage_goals -> app_categories (category));
diesel::joinable!(usage_goals -> apps (app_id));
diesel::joinable!(usage_goals -> users (user_id));
diesel::joinable!(usage_patterns -> users (user_id));
diesel::joinable!(usage_uploads -> users (user_id));
diesel::joinable!(webhook_deliveries -> notifications (notification_id));
diesel::joinable!(webhook_deliveries -> users (user_id));
diesel::joinable!(webhook_deliveries -> webhook_endpoints (endpoint_id));
diesel::joinable!(webhook_endpoints -> users (user_id));

diesel::allow_tables_to_appear_in_same_query!(
    account_deletions,
    activity_days,
    activity_events,
    ai_generations,
    app_categories,
    app_relationships,
    app_reports,
    app_sessions,
    apps,
    audit_events,
    case_grants,
    case_images,
    case_matches,
    case_sightings,
    case_source_queries,
    case_source_syncs,
    case_sources,
    cases,
    challenge_participants,
    challenges,
    chat_messages,
    chat_threads,
    coaching_adherence_rollups,
    coaching_check_ins,
    coaching_goals,
    coaching_habits,
    coaching_journal_entries,
    coaching_mentor_interactions,
    coaching_mentor_invites,
    coaching_mentor_links,
    coaching_posts,
    coaching_risk_rollups,
    coaching_rollup_versions,
    coaching_subgoals,
    coaching_suggestions,
    conversation_lines,
    conversation_participants,
    conversations,
    daily_app_rollups,
    daily_device_usage,
    daily_user_rollups,
    device_apps,
    device_relationships,
    device_visits,
    devices,
    engagement_messages,
    engagement_profiles,
    friend_invites,
    friend_request_sends,
    friendships,
    jobs,
    journals,
    login_attempts,
    notification_preferences,
    notification_quiet_hours,
    notifications,
    peer_counters,
    persona_events,
    personas,
    push_tokens,
    refresh_tokens,
    survey_responses,
    surveys,
    usage_goals,
    usage_patterns,
    usage_uploads,
    user_blocks,
    users,
    warehouse_deletions,
    warehouse_export_runs,
    warehouse_settings,
    webhook_deliveries,
    webhook_endpoints,
);

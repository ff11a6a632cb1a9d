// Written by hand to match both migration folders; the schema-parity test keeps them honest.

diesel::table! {
    organisations (id) {
        id -> Text,
        name -> Text,
        created_at -> BigInt,
        assessment_sign_off -> Text,
        time_zone -> Text,
        language -> Text,
    }
}

diesel::table! {
    users (id) {
        id -> Text,
        org_id -> Text,
        email -> Text,
        display_name -> Text,
        password_hash -> Text,
        disabled -> Bool,
        created_at -> BigInt,
        updated_at -> BigInt,
        version -> BigInt,
        language -> Nullable<Text>,
    }
}

diesel::table! {
    sessions (id) {
        id -> Text,
        user_id -> Text,
        created_at -> BigInt,
        last_seen_at -> BigInt,
        expires_at -> BigInt,
    }
}

diesel::table! {
    ended_sessions (id) {
        id -> Text,
        user_id -> Text,
        ended_at -> BigInt,
    }
}

diesel::table! {
    sign_in_throttle (key) {
        key -> Text,
        failures -> Integer,
        last_failure_at -> BigInt,
        blocked_until -> BigInt,
    }
}

diesel::table! {
    user_roles (user_id, role) {
        user_id -> Text,
        role -> Text,
    }
}

diesel::table! {
    teams (id) {
        id -> Text,
        org_id -> Text,
        name -> Text,
        created_at -> BigInt,
    }
}

diesel::table! {
    team_members (team_id, user_id) {
        team_id -> Text,
        user_id -> Text,
        is_manager -> Bool,
    }
}

diesel::table! {
    children (id) {
        id -> Text,
        org_id -> Text,
        given_names -> Text,
        family_name -> Text,
        preferred_name -> Text,
        date_of_birth -> Text,
        gender -> Text,
        ethnicity -> Text,
        religion -> Text,
        first_language -> Text,
        legal_status -> Text,
        local_identifier -> Text,
        health_notes -> Text,
        education_notes -> Text,
        important_people -> Text,
        archived_at -> Nullable<BigInt>,
        created_at -> BigInt,
        created_by -> Text,
        updated_at -> BigInt,
        updated_by -> Text,
        version -> BigInt,
        profile_version -> BigInt,
    }
}

diesel::table! {
    child_relations (id) {
        id -> Text,
        org_id -> Text,
        child_id -> Text,
        kind -> Text,
        name -> Text,
        relationship -> Text,
        contact_arrangements -> Text,
        notes -> Text,
        archived_at -> Nullable<BigInt>,
        created_at -> BigInt,
        created_by -> Text,
        updated_at -> BigInt,
        updated_by -> Text,
        version -> BigInt,
    }
}

diesel::table! {
    households (id) {
        id -> Text,
        org_id -> Text,
        name -> Text,
        address -> Text,
        household_type -> Text,
        approval_status -> Text,
        approval_age_min -> Nullable<Integer>,
        approval_age_max -> Nullable<Integer>,
        approval_places -> Nullable<Integer>,
        approval_placement_types -> Text,
        approval_date -> Nullable<Text>,
        next_review_date -> Nullable<Text>,
        archived_at -> Nullable<BigInt>,
        created_at -> BigInt,
        created_by -> Text,
        updated_at -> BigInt,
        updated_by -> Text,
        version -> BigInt,
        profile_version -> BigInt,
    }
}

diesel::table! {
    household_members (id) {
        id -> Text,
        org_id -> Text,
        household_id -> Text,
        name -> Text,
        member_role -> Text,
        carer_type -> Nullable<Text>,
        user_id -> Nullable<Text>,
        date_of_birth -> Nullable<Text>,
        archived_at -> Nullable<BigInt>,
        created_at -> BigInt,
        created_by -> Text,
    }
}

diesel::table! {
    placements (id) {
        id -> Text,
        org_id -> Text,
        child_id -> Text,
        household_id -> Text,
        placement_type -> Text,
        start_date -> Text,
        planned_end_date -> Nullable<Text>,
        end_date -> Nullable<Text>,
        end_reason -> Nullable<Text>,
        end_note -> Text,
        created_at -> BigInt,
        created_by -> Text,
        updated_at -> BigInt,
        updated_by -> Text,
        version -> BigInt,
    }
}

diesel::table! {
    child_workers (id) {
        id -> Text,
        org_id -> Text,
        child_id -> Text,
        user_id -> Text,
        start_at -> BigInt,
        end_at -> Nullable<BigInt>,
    }
}

diesel::table! {
    household_workers (id) {
        id -> Text,
        org_id -> Text,
        household_id -> Text,
        user_id -> Text,
        start_at -> BigInt,
        end_at -> Nullable<BigInt>,
    }
}

diesel::table! {
    record_changes (id) {
        id -> Text,
        org_id -> Text,
        record_type -> Text,
        record_id -> Text,
        version -> BigInt,
        changed_at -> BigInt,
        changed_by -> Text,
        action -> Text,
        changes -> Text,
    }
}

diesel::table! {
    audit_events (id) {
        id -> Text,
        org_id -> Text,
        seq -> BigInt,
        at -> BigInt,
        actor_id -> Nullable<Text>,
        action -> Text,
        record_type -> Text,
        record_id -> Nullable<Text>,
        request_id -> Nullable<Text>,
        client_addr -> Nullable<Text>,
        prev_hash -> Text,
        hash -> Text,
    }
}

diesel::joinable!(users -> organisations (org_id));
diesel::joinable!(sessions -> users (user_id));
diesel::joinable!(ended_sessions -> users (user_id));
diesel::joinable!(user_roles -> users (user_id));
diesel::joinable!(team_members -> teams (team_id));
diesel::joinable!(team_members -> users (user_id));
diesel::joinable!(child_relations -> children (child_id));
diesel::joinable!(household_members -> households (household_id));
diesel::joinable!(placements -> children (child_id));
diesel::joinable!(placements -> households (household_id));
diesel::joinable!(child_workers -> children (child_id));
diesel::joinable!(child_workers -> users (user_id));
diesel::joinable!(household_workers -> households (household_id));
diesel::joinable!(household_workers -> users (user_id));
diesel::allow_tables_to_appear_in_same_query!(
    organisations,
    users,
    sessions,
    ended_sessions,
    sign_in_throttle,
    user_roles,
    teams,
    team_members,
    children,
    child_relations,
    households,
    household_members,
    placements,
    child_workers,
    household_workers,
    record_changes,
    audit_events,
    assessments,
    assessment_sections,
    assessment_scales,
    assessment_indicators,
    assessment_evidence,
    agency_indicators,
    kept_forms,
);

diesel::table! {
    assessments (id) {
        id -> Text,
        org_id -> Text,
        kind -> Text,
        child_id -> Nullable<Text>,
        household_id -> Nullable<Text>,
        member_id -> Nullable<Text>,
        status -> Text,
        assessed_on -> Text,
        age_band -> Text,
        band -> Text,
        band_reason -> Text,
        content_version -> Text,
        summary -> Text,
        series_id -> Text,
        amendment_no -> Integer,
        amends_id -> Nullable<Text>,
        amendment_reason -> Text,
        superseded_by -> Nullable<Text>,
        returned_note -> Text,
        created_at -> BigInt,
        created_by -> Text,
        updated_at -> BigInt,
        updated_by -> Text,
        submitted_at -> Nullable<BigInt>,
        submitted_by -> Nullable<Text>,
        signed_off_at -> Nullable<BigInt>,
        signed_off_by -> Nullable<Text>,
        signed_off_role -> Nullable<Text>,
        version -> BigInt,
        language -> Text,
    }
}

diesel::table! {
    assessment_scales (assessment_id, scale_key) {
        assessment_id -> Text,
        scale_key -> Text,
        org_id -> Text,
        zero -> Text,
        five -> Text,
        ten -> Text,
    }
}

diesel::table! {
    assessment_sections (assessment_id, dimension) {
        assessment_id -> Text,
        dimension -> Text,
        org_id -> Text,
        strengths -> Text,
        needs -> Text,
        child_view -> Text,
        short_term -> Text,
        long_term -> Text,
        rating -> Nullable<Integer>,
        second_rating -> Nullable<Integer>,
        updated_at -> BigInt,
        updated_by -> Text,
        version -> BigInt,
        pending_rating -> Nullable<Integer>,
        pending_second_rating -> Nullable<Integer>,
    }
}

diesel::table! {
    assessment_indicators (id) {
        id -> Text,
        assessment_id -> Text,
        org_id -> Text,
        dimension -> Text,
        position -> Integer,
        indicator_key -> Text,
        origin -> Text,
        aspect -> Text,
        short_term -> Bool,
        long_term -> Bool,
        text -> Text,
        evidence_hint -> Text,
        state -> Nullable<Text>,
        language -> Text,
    }
}

diesel::table! {
    assessment_evidence (id) {
        id -> Text,
        assessment_id -> Text,
        org_id -> Text,
        dimension -> Text,
        indicator_id -> Nullable<Text>,
        happened_on -> Text,
        source -> Text,
        life_area -> Text,
        account -> Text,
        opinion -> Text,
        created_at -> BigInt,
        created_by -> Text,
    }
}

diesel::table! {
    agency_indicators (id) {
        id -> Text,
        org_id -> Text,
        kind -> Text,
        dimension -> Text,
        band -> Text,
        aspect -> Text,
        short_term -> Bool,
        long_term -> Bool,
        text -> Text,
        evidence_hint -> Text,
        created_at -> BigInt,
        created_by -> Text,
        archived_at -> Nullable<BigInt>,
        language -> Text,
    }
}

diesel::table! {
    kept_forms (id) {
        id -> Text,
        user_id -> Nullable<Text>,
        path -> Text,
        fields -> Text,
        created_at -> BigInt,
        expires_at -> BigInt,
    }
}

diesel::joinable!(assessment_sections -> assessments (assessment_id));
diesel::joinable!(assessment_indicators -> assessments (assessment_id));
diesel::joinable!(assessment_evidence -> assessments (assessment_id));
diesel::joinable!(assessment_scales -> assessments (assessment_id));

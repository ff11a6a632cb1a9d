//! The support work of the Secure Base model: the Secure Base Interview held first with a carer
//! about one child, the Support Programme that follows (an introductory session, then one
//! session per dimension, each in six steps), and reflections on one interaction round the
//! caregiving cycle.
//!
//! This module holds the fixed shapes of that work (the four parts of an account, the six steps
//! of a session, the six stages of the cycle) and the support pack: the wording for all of it,
//! read from `content/<language>/support/` and checked as the assessment pack is.

mod pack;

pub use pack::{
    CYCLE_FILE, Cycle, FUN_FILE, Fun, INTERVIEW_FILE, Idea, Interview, InterviewDimension, IntroStep, Introduction,
    MIN_FOLLOW_UPS, MIN_FUN_CARER, MIN_FUN_TOGETHER, MIN_IDEAS_PER_BAND, MIN_INTRO_STEPS, MIN_SIGNS, PROGRAMME_FILE,
    PartGuide, Programme, Prompt, SUPPORT_DIR, SUPPORT_PACK_FILE, Session, SessionStepText, Sign, StageText, StepGuide,
    SupportPack, SupportPacks, embedded_support_files, embedded_support_packs, ideas_path, load_support,
    load_support_languages, support_paths,
};

/// A set of fixed keys, each with its place in a fixed order.
macro_rules! keyed {
    ($(#[$m:meta])* $name:ident { $($(#[$vm:meta])* $variant:ident = $key:literal),+ $(,)? }) => {
        $(#[$m])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum $name {
            $($(#[$vm])* $variant),+
        }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            pub fn key(self) -> &'static str {
                match self {
                    $($name::$variant => $key),+
                }
            }

            pub fn parse(key: &str) -> Option<$name> {
                Self::ALL.iter().copied().find(|v| v.key() == key)
            }

            /// The keys in order, for messages: "`a`, `b`, `c`".
            pub fn key_list() -> String {
                Self::ALL.iter().map(|v| format!("`{}`", v.key())).collect::<Vec<_>>().join(", ")
            }
        }
    };
}

keyed! {
    /// The four parts of a carer's account of one incident in the interview.
    InterviewPart {
        /// A specific, recent time: what happened.
        Incident = "incident",
        /// Why the carer thinks it happened.
        Why = "why",
        /// What the carer did.
        Response = "response",
        /// How the carer felt.
        Feeling = "feeling",
    }
}

keyed! {
    /// The six steps of every dimension session of the Support Programme.
    SessionStep {
        /// The idea behind the dimension and why it helps.
        Idea = "idea",
        /// This child's needs in it.
        ChildNeeds = "child_needs",
        /// The carer's thinking and feeling.
        CarerThinking = "carer_thinking",
        /// What already works, and new practical ideas.
        Competence = "competence",
        /// Signs of progress to look for and value.
        ProgressSigns = "progress_signs",
        /// Links to the other four dimensions.
        Links = "links",
    }
}

keyed! {
    /// The six stages of the caregiving cycle, the last leading back to the first.
    CycleStage {
        ChildBehaviour = "child_behaviour",
        CarerThinking = "carer_thinking",
        CarerBehaviour = "carer_behaviour",
        Messages = "messages",
        ChildThinking = "child_thinking",
        ChildDevelopment = "child_development",
    }
}

keyed! {
    /// Whom a fun-and-relaxation idea is for.
    FunFor {
        /// The carer and the child together.
        Together = "together",
        /// The carer alone, to rest and recharge.
        Carer = "carer",
    }
}

#[cfg(test)]
mod tests;

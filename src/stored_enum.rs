//! Closed sets stored as text, one way for every domain: a domain enum, its
//! stored lower-case names, and the conversions from and to the proto enums
//! that mirror it (their variants share its names, after prost strips the
//! enum's prefix: `MOOD_PASSIVE_AGGRESSIVE` is `PassiveAggressive`, stored
//! as "passive_aggressive").
//!
//! ```ignore
//! stored_enum! {
//!     /// How a device talks when it becomes a character.
//!     pub enum Personality: pb::DevicePersonality {
//!         Snarky => "snarky",
//!         GenZ => "gen_z",
//!     }
//! }
//! ```
//!
//! gives `Personality::ALL`, `as_str`, `from_stored`, `from_wire` (a
//! required field as sent), `optional` (a field where unspecified means none,
//! or any for a filter), `TryFrom<pb::DevicePersonality>` and
//! `From<Personality> for pb::DevicePersonality`. Several proto enums may
//! mirror one set (`pub enum Mood: pb::Mood, identity_pb::Mood { .. }`): each
//! gets both conversions, and `from_wire` and `optional` read the first. A
//! set with no proto twin (`pub enum Author { .. }`) gets the stored names
//! only.

/// See the module documentation.
#[macro_export]
macro_rules! stored_enum {
    (
        $(#[$doc:meta])*
        $vis:vis enum $name:ident {
            $($(#[$vdoc:meta])* $variant:ident => $text:literal),+ $(,)?
        }
    ) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        $vis enum $name {
            $($(#[$vdoc])* $variant),+
        }

        // Not every set reads back or lists all its names.
        #[allow(dead_code)]
        impl $name {
            pub const ALL: &[$name] = &[$($name::$variant),+];

            /// The stored name.
            pub fn as_str(self) -> &'static str {
                match self {
                    $($name::$variant => $text),+
                }
            }

            pub fn from_stored(text: &str) -> Option<$name> {
                match text {
                    $($text => Some($name::$variant),)+
                    _ => None,
                }
            }
        }
    };

    (
        $(#[$doc:meta])*
        $vis:vis enum $name:ident: $proto:ty $(, $more:ty)* {
            $($(#[$vdoc:meta])* $variant:ident => $text:literal),+ $(,)?
        }
    ) => {
        $crate::stored_enum! {
            $(#[$doc])*
            $vis enum $name {
                $($(#[$vdoc])* $variant => $text),+
            }
        }

        impl $name {
            /// A required enum field as sent on the wire.
            pub fn from_wire(raw: i32) -> Result<$name, &'static str> {
                <$proto>::try_from(raw)
                    .map_err(|_| "is not a known value")
                    .and_then($name::try_from)
            }

            /// An optional enum field as sent: unspecified means none (any,
            /// for a filter).
            pub fn optional(raw: i32) -> Result<Option<$name>, &'static str> {
                match <$proto>::try_from(raw) {
                    Ok(<$proto>::Unspecified) => Ok(None),
                    _ => $name::from_wire(raw).map(Some),
                }
            }
        }

        $crate::stored_enum!(@twins $name [$($variant),+] $proto $(, $more)*);
    };

    (@twins $name:ident [$($variant:ident),+] $proto:ty $(, $more:ty)*) => {
        impl TryFrom<$proto> for $name {
            type Error = &'static str;

            fn try_from(value: $proto) -> Result<$name, &'static str> {
                match value {
                    <$proto>::Unspecified => Err("must be specified"),
                    $(<$proto>::$variant => Ok($name::$variant)),+
                }
            }
        }

        impl From<$name> for $proto {
            fn from(value: $name) -> $proto {
                match value {
                    $($name::$variant => <$proto>::$variant),+
                }
            }
        }

        $crate::stored_enum!(@twins $name [$($variant),+] $($more),*);
    };

    (@twins $name:ident [$($variant:ident),+]) => {};
}

#[cfg(test)]
mod tests {
    mod pb {
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub enum Colour {
            Unspecified = 0,
            Red = 1,
            DeepBlue = 2,
        }

        impl TryFrom<i32> for Colour {
            type Error = ();
            fn try_from(raw: i32) -> Result<Colour, ()> {
                match raw {
                    0 => Ok(Colour::Unspecified),
                    1 => Ok(Colour::Red),
                    2 => Ok(Colour::DeepBlue),
                    _ => Err(()),
                }
            }
        }
    }

    stored_enum! {
        enum Colour: pb::Colour {
            Red => "red",
            DeepBlue => "deep_blue",
        }
    }

    stored_enum! {
        enum Side {
            Left => "left",
            Right => "right",
        }
    }

    #[test]
    fn stored_names_and_wire_values_round_trip() {
        for colour in Colour::ALL {
            assert_eq!(Colour::from_stored(colour.as_str()), Some(*colour));
            assert_eq!(Colour::try_from(pb::Colour::from(*colour)), Ok(*colour));
        }
        assert_eq!(Colour::from_stored("unspecified"), None);
        assert_eq!(Side::from_stored("right"), Some(Side::Right));
        assert_eq!(Side::ALL.len(), 2);
    }

    #[test]
    fn wire_values_are_checked() {
        assert_eq!(Colour::from_wire(2), Ok(Colour::DeepBlue));
        assert_eq!(Colour::from_wire(0), Err("must be specified"));
        assert_eq!(Colour::from_wire(9), Err("is not a known value"));
        assert_eq!(Colour::optional(0), Ok(None));
        assert_eq!(Colour::optional(1), Ok(Some(Colour::Red)));
        assert_eq!(Colour::optional(-1), Err("is not a known value"));
    }
}

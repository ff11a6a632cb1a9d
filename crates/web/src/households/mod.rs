//! Pages for households. (Being built.)

use crate::routes::Routes;

pub fn routes() -> Routes {
    Routes::new()
}

"""Pure, deterministic analysis: sentiment, flags, spin and risk. No I/O, no network."""

"""Foundation helpers every layer uses: Vietnam time, Vietnamese text, errors, formatting, privacy, JSON files."""

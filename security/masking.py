"""Personal numbers shown masked: in the back office, emails, data copies and logs alike."""


def mask_nik(nik: str) -> str:
    """Show only the first and last 4 digits (UU 27/2022 PDP: minimise exposure), e.g. 1373********0001."""
    if len(nik) <= 8:
        return "*" * len(nik)
    return f"{nik[:4]}{'*' * (len(nik) - 8)}{nik[-4:]}"

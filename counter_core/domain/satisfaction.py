"""The citizen's satisfaction rating of a returned dossier (§8.3): its levels and the event that carries it."""

# Scored 0–2 like the evaluation indicators of TT 01/2018 ("Rất hài lòng / Hài lòng / Không hài lòng").
RATINGS = {2: "Rất hài lòng", 1: "Hài lòng", 0: "Không hài lòng"}
RATING_EVENT = "rating"

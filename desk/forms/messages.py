"""Messages the engine shows to the person filling a form, in English, French and Spanish."""

from __future__ import annotations

from typing import Any

_MESSAGES: dict[str, dict[str, str]] = {
    "required": {"en": "This question needs an answer.",
                 "fr": "Cette question demande une réponse.",
                 "es": "Esta pregunta necesita una respuesta."},
    "required_group": {"en": "Please answer at least one question in this section.",
                       "fr": "Veuillez répondre à au moins une question de cette section.",
                       "es": "Responda al menos una pregunta de esta sección."},
    "pattern": {"en": "The answer does not have the expected format.",
                "fr": "La réponse n'a pas le format attendu.",
                "es": "La respuesta no tiene el formato esperado."},
    "pattern_stopped": {"en": "This answer could not be checked: the form's format rule is "
                              "too slow. Please tell the staff.",
                        "fr": "Cette réponse n'a pas pu être vérifiée : la règle de format du "
                              "formulaire est trop lente. Prévenez le personnel.",
                        "es": "No se pudo comprobar esta respuesta: la regla de formato del "
                              "formulario es demasiado lenta. Avise al personal."},
    "not_calculated": {"en": "This could not be calculated. Please tell the staff.",
                       "fr": "Ceci n'a pas pu être calculé. Prévenez le personnel.",
                       "es": "No se pudo calcular. Avise al personal."},
    "min_value": {"en": "The value must be {limit} or more.",
                  "fr": "La valeur doit être au moins {limit}.",
                  "es": "El valor debe ser {limit} o más."},
    "max_value": {"en": "The value must be {limit} or less.",
                  "fr": "La valeur doit être au plus {limit}.",
                  "es": "El valor debe ser {limit} o menos."},
    "max_length": {"en": "Use at most {limit} characters.",
                   "fr": "Utilisez au plus {limit} caractères.",
                   "es": "Use como máximo {limit} caracteres."},
    "min_length": {"en": "Use at least {limit} characters.",
                   "fr": "Utilisez au moins {limit} caractères.",
                   "es": "Use al menos {limit} caracteres."},
    "min_occurs": {"en": "Give at least {limit} answers.",
                   "fr": "Donnez au moins {limit} réponses.",
                   "es": "Dé al menos {limit} respuestas."},
    "max_occurs": {"en": "Give at most {limit} answers.",
                   "fr": "Donnez au plus {limit} réponses.",
                   "es": "Dé como máximo {limit} respuestas."},
    "decimal_places": {"en": "Use at most {limit} decimal places.",
                       "fr": "Utilisez au plus {limit} décimales.",
                       "es": "Use como máximo {limit} decimales."},
    "expect_integer": {"en": "Enter a whole number.", "fr": "Saisissez un nombre entier.",
                       "es": "Introduzca un número entero."},
    "expect_decimal": {"en": "Enter a number.", "fr": "Saisissez un nombre.",
                       "es": "Introduzca un número."},
    # the field shows the format it reads (the form language's, or ISO): not repeated here
    "expect_date": {"en": "Enter a date.", "fr": "Saisissez une date.",
                    "es": "Introduzca una fecha."},
    "expect_datetime": {"en": "Enter a date and time.", "fr": "Saisissez une date et une heure.",
                        "es": "Introduzca una fecha y una hora."},
    "expect_time": {"en": "Enter a time (HH:MM).", "fr": "Saisissez une heure (HH:MM).",
                    "es": "Introduzca una hora (HH:MM)."},
    "expect_boolean": {"en": "Answer yes or no.", "fr": "Répondez oui ou non.",
                       "es": "Responda sí o no."},
    "expect_text": {"en": "Enter some text.", "fr": "Saisissez du texte.",
                    "es": "Introduzca un texto."},
    "expect_attachment": {"en": "Add a file or a signature.",
                          "fr": "Ajoutez un fichier ou une signature.",
                          "es": "Añada un archivo o una firma."},
    "expect_reference": {"en": "Choose a record.", "fr": "Choisissez un dossier.",
                         "es": "Elija un registro."},
    "unsafe_text": {"en": "The answer holds characters that cannot be saved. Please type it again.",
                    "fr": "La réponse contient des caractères qui ne peuvent pas être enregistrés. "
                          "Veuillez la saisir à nouveau.",
                    "es": "La respuesta contiene caracteres que no se pueden guardar. "
                          "Escríbala de nuevo."},
    "not_an_option": {"en": "Choose one of the options.", "fr": "Choisissez l'une des options.",
                      "es": "Elija una de las opciones."},
    "wrong_type": {"en": "This answer does not fit the question.",
                   "fr": "Cette réponse ne convient pas à la question.",
                   "es": "Esta respuesta no corresponde a la pregunta."},
    "no_answer_here": {"en": "This item takes no answer.", "fr": "Cet élément n'a pas de réponse.",
                       "es": "Este elemento no admite respuesta."},
    "one_answer": {"en": "This question takes only one answer.",
                   "fr": "Cette question n'accepte qu'une seule réponse.",
                   "es": "Esta pregunta admite una sola respuesta."},
    "read_only": {"en": "This answer cannot be changed.",
                  "fr": "Cette réponse ne peut pas être modifiée.",
                  "es": "Esta respuesta no se puede cambiar."},
    "sign_again": {"en": "Your answers changed after you signed. Please sign again.",
                   "fr": "Vos réponses ont changé depuis votre signature. Signez à nouveau.",
                   "es": "Sus respuestas cambiaron después de firmar. Vuelva a firmar."},
    "yes": {"en": "Yes", "fr": "Oui", "es": "Sí"},
    "no": {"en": "No", "fr": "Non", "es": "No"},
    "attachment": {"en": "(attached file)", "fr": "(fichier joint)", "es": "(archivo adjunto)"},
}


def message(code: str, language: str | None, **params: Any) -> str:
    """The message ``code`` in ``language`` (English when not translated)."""
    table = _MESSAGES[code]
    primary = (language or "en").split("-")[0].lower()
    return table.get(primary, table["en"]).format(**params)

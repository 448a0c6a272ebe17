# The step-by-step check: one question per screen. Every question has an "I don't know" answer.

check-doc-title = ¿Qué tengo que hacer? – { -brand-name }
check-intro = Responda unas preguntas cortas. Así verá qué tiene que hacer para la integración cívica, y para qué fecha. No necesita una cuenta. No guardamos sus respuestas.
check-start = Empezar las preguntas
check-glossary-link = Glosario: ¿qué significan las palabras?

# Variables:
#   $step (Number) - number of this question
#   $total (Number) - number of questions
check-progress = Pregunta { $step } de { $total }
check-next = Siguiente
check-back = Pregunta anterior
check-unknown = No lo sé
check-not-yet = Todavía no
check-date-hint = Escriba la fecha con día, mes y año.
check-see-result = Ver el resultado

check-q-nationality = ¿Qué nacionalidad tiene?
check-q-nationality-help = ¿Tiene dos nacionalidades, y una de ellas es de un país de la UE? Entonces elija la primera respuesta.
check-a-nationality-eu = Un país de la Unión Europea (UE) o del EEE, o Suiza
check-a-nationality-turkish = Turca
check-a-nationality-other = Otro país

check-q-purpose = ¿Por qué vive en los Países Bajos?
check-q-purpose-help = El fin de su estancia aparece en su tarjeta de residencia.
check-a-purpose-partner = Vivo con mi pareja o mi familia
check-a-purpose-refugee_family = Mi familia tiene un permiso de asilo, y yo llegué más tarde
check-a-purpose-clergy = Soy ministro de culto, por ejemplo imán, rabino o pastor
check-a-purpose-humanitarian = Tengo un permiso humanitario para un fin no temporal
check-a-purpose-temporary = Vivo aquí por estudios o trabajo

check-q-referent = ¿Qué tipo de residencia tiene su pareja en los Países Bajos?
check-q-referent-help = Su pareja es la persona con la que usted ha venido a vivir.
check-a-referent-dutch = Mi pareja tiene la nacionalidad neerlandesa
check-a-referent-non_temporary = Mi pareja tiene un permiso para un fin no temporal, por ejemplo por tiempo indefinido
check-a-referent-temporary = Mi pareja está aquí por estudios o trabajo, con un fin temporal

check-q-birth_date = ¿Cuál es su fecha de nacimiento?
check-q-birth_date-help = La obligación se aplica desde los 16 años hasta la edad de jubilación (AOW).

check-q-pass_date = ¿Cuándo recogió su tarjeta de residencia?
check-q-pass_date-help = ¿Tiene una carta del DUO sobre la integración cívica? Entonces escriba la fecha de esa carta.

check-q-diploma = ¿Tiene un diploma neerlandés?
check-q-diploma-help = Por ejemplo vmbo, havo, vwo, mbo 2 o superior, o unos estudios de hbo o universitarios en neerlandés.

check-q-schooling = ¿Vivió 8 años o más en los Países Bajos cuando tenía entre 5 y 16 años?
check-q-schooling-help = En esos años, los niños en los Países Bajos tienen que ir a la escuela.

check-q-pip_date = ¿Cuál es la fecha de su primer PIP?
check-q-pip_date-help = PIP significa plan personal de integración cívica y participación (persoonlijk plan inburgering en participatie). Lo recibe del municipio, después de la entrevista inicial amplia. La fecha aparece arriba.

check-q-route = ¿Qué ruta de aprendizaje aparece en su PIP?
check-a-route-b1 = La ruta B1
check-a-route-z = La ruta Z
check-a-route-education = La ruta educativa

check-a-yes = Sí
check-a-no = No

check-answers-heading = Sus respuestas
check-change = Cambiar

## Errors at a field. Everything the person typed stays in the form.

check-error-heading = Hay algo que no está bien. Mire la pregunta de abajo.
check-error-unknown_choice = Elija una de las respuestas.
check-error-not_a_date = Escriba una fecha que exista.
check-error-too_early = Esta fecha es de hace demasiado tiempo. Compruebe si el año es correcto.
check-error-in_the_future = Esta fecha está en el futuro. Escriba una fecha que ya haya pasado.
check-error-before_birth = Esta fecha es anterior a su fecha de nacimiento. Compruebe si la fecha es correcta.
check-error-pip_before_pass = El PIP no puede ser de antes de la fecha de su tarjeta de residencia. Compruebe si la fecha es correcta.

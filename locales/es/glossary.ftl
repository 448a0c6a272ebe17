# The glossary. The Dutch word is always shown beside the translation, because people meet
# the Dutch words in letters. `-name` is the word in this language, `-text` explains it.

glossary-doc-title = Glosario – { -brand-name }
glossary-title = Glosario
glossary-intro = En las cartas sobre la integración cívica hay muchas palabras difíciles. Aquí puede leer lo que significan.

glossary-pip-name = Plan personal de integración cívica y participación (PIP)
glossary-pip-text = Plan personal de integración cívica y participación. El municipio hace este plan con usted. En él aparece qué ruta de aprendizaje sigue. Su plazo empieza el día después de la fecha de su primer PIP.
glossary-pvt-name = Programa de la declaración de participación (PVT)
glossary-pvt-text = Programa de la declaración de participación. Un curso corto sobre los valores más importantes de los Países Bajos, como la libertad y la igualdad. Es gratis.
glossary-map-name = Módulo de Mercado Laboral y Participación (MAP)
glossary-map-text = Módulo de Mercado Laboral y Participación. Usted aprende cómo funciona el trabajo en los Países Bajos. El municipio lo organiza y lo paga.
glossary-knm-name = Conocimiento de la Sociedad Neerlandesa (KNM)
glossary-knm-text = Conocimiento de la Sociedad Neerlandesa. Usted aprende cómo funcionan los Países Bajos, por ejemplo la atención sanitaria, la vivienda y el trabajo.
glossary-keurmerk-name = Sello de calidad de Blik op Werk
glossary-keurmerk-text = Una señal de calidad para escuelas de idiomas. Solo puede pedir un préstamo al DUO para una escuela con este sello.
glossary-duo-name = Agencia Ejecutiva de Educación (DUO)
glossary-duo-text = Dienst Uitvoering Onderwijs. Esta organización del Gobierno se encarga de los exámenes, del préstamo y del plazo de la integración cívica.
glossary-ind-name = Servicio de Inmigración y Naturalización (IND)
glossary-ind-text = Immigratie- en Naturalisatiedienst. Esta organización decide sobre los permisos de residencia y sobre quién obtiene la nacionalidad neerlandesa.
glossary-intake-name = Entrevista inicial amplia
glossary-intake-text = La primera conversación en el municipio. Usted habla sobre su formación, su trabajo, su salud y su situación.
glossary-lbt-name = Prueba de capacidad de aprendizaje
glossary-lbt-text = Una prueba en el ordenador. Así el municipio ve lo rápido que usted puede aprender un idioma nuevo. No necesita saber neerlandés para hacerla.
glossary-regievoerder-name = Coordinador
glossary-regievoerder-text = Su persona de contacto en el municipio para la integración cívica.
glossary-referent-name = Patrocinador
glossary-referent-text = La pareja o el familiar en los Países Bajos con quien usted vive. Esta persona también tiene obligaciones ante el IND.
glossary-b1-name = Ruta B1
glossary-b1-text = La ruta de aprendizaje normal. Usted aprende neerlandés de nivel B1 y hace exámenes.
glossary-a2-name = Nivel A2
glossary-a2-text = Un nivel de idioma más bajo que B1. Pasar a A2 se llama «bajar de nivel» (afschalen).
glossary-z-name = Ruta Z
glossary-z-text = Ruta de autonomía (zelfredzaamheidsroute). Una ruta de aprendizaje con muchas horas de clase y sin examen obligatorio, para personas a las que les cuesta aprender.
glossary-onderwijs-name = Ruta educativa
glossary-onderwijs-text = Una ruta de aprendizaje sobre todo para personas jóvenes. Usted aprende neerlandés y se prepara para estudiar en el mbo, en el hbo o en la universidad.
glossary-afschalen-name = Bajar de nivel
glossary-afschalen-text = Pasar del nivel B1 al nivel A2, si no logra el nivel B1. Para esto hay reglas.
glossary-termijn-name = Plazo de integración cívica
glossary-termijn-text = El tiempo que tiene para terminar la integración cívica: 3 años.
glossary-mvv-name = Autorización de residencia provisional (mvv)
glossary-mvv-text = Machtiging tot voorlopig verblijf. Un visado para entrar en los Países Bajos para una estancia de más de 3 meses.
glossary-basisexamen-name = Examen básico de integración cívica en el extranjero
glossary-basisexamen-text = El examen que usted hace en su propio país, antes de venir a los Países Bajos.

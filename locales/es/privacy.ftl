# The privacy page and the partner's (referent's) own duties.

privacy-doc-title = Privacidad – { -brand-name }
privacy-title = ¿Qué hacemos con sus datos?
privacy-lead = Solo guardamos lo necesario. Nunca le pedimos su BSN.
privacy-what-title = Qué guardamos
privacy-what-text = Su nombre, su correo electrónico, su contraseña (solo cifrada), su idioma y las respuestas que usted guarda. Su nacionalidad solo si la indica en las preguntas. No es obligatorio.
privacy-why-title = Por qué
privacy-why-text = Para que pueda iniciar sesión, volver a ver sus respuestas y, si usted quiere, para que su pareja pueda ayudarle.
privacy-partner-title = Su pareja
privacy-partner-text = Su pareja solo ve lo que usted permite. Puede detener el acceso en cualquier momento. Esto funciona enseguida. En su cuenta puede ver lo que su pareja ha hecho por usted.
privacy-municipality-title = El municipio
privacy-municipality-text = El municipio no ve sus datos, a menos que usted lo permita.
privacy-sessions-title = Encuentros
privacy-sessions-text = ¿Se inscribe en un encuentro? Entonces el coordinador de ese encuentro ve su nombre, su idioma y cuántas personas vienen. Después del encuentro, el coordinador puede marcar si usted vino. Enviamos recordatorios a usted y, si usted lo permite, a su pareja.
privacy-keep-title = Cuánto tiempo
privacy-keep-text = ¿No confirma su correo electrónico? Entonces eliminamos la cuenta después de 7 días. Los enlaces de los correos solo funcionan poco tiempo. Usted puede eliminar su cuenta en cualquier momento. Esto ocurre enseguida.
privacy-rights-title = Sus derechos
privacy-rights-text = Puede ver y descargar todos sus datos. Puede pedir que se corrijan o se eliminen. Puede hacerlo en "Mi cuenta".

referent-doc-title = Sus obligaciones como pareja – { -brand-name }
referent-title = Sus propias obligaciones como pareja
referent-lead = Usted es la pareja que ya vive en los Países Bajos (el patrocinador, en neerlandés: referent). Usted también tiene obligaciones ante el IND.
referent-duty-inform = Informe al IND si cambia algo importante para el permiso de residencia de su pareja. Por ejemplo: ya no viven juntos, la relación ha terminado o usted ya no tiene ingresos suficientes.
referent-duty-records = Guarde documentos que muestren su relación y sus ingresos. El IND puede pedirlos.
referent-duty-sanctions = ¿No cumple estas obligaciones? La primera vez normalmente recibe una advertencia. La advertencia se queda en su expediente durante 2 años. Si la falta es grave o se repite, el IND puede ponerle una multa, hasta 5 años después.
referent-right-alone = Su pareja puede tener la conversación con el municipio a solas. El municipio también puede invitarle a usted.

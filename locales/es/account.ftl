# Accounts: sign up, sign in, verify, reset, the account page, partner access.
# Dutch (nl) is the reference locale. Write at level B1: short sentences, common words.

account-sign-up-doc-title = Crear una cuenta – { -brand-name }
account-sign-up-title = Crear una cuenta
account-sign-up-lead = Con una cuenta, usted puede guardar sus respuestas. Así también puede dejar que su pareja le ayude.
account-sign-up-submit = Crear cuenta
account-sign-up-link = ¿Todavía no tiene cuenta? Cree una cuenta.
account-have-account = ¿Ya tiene una cuenta? Entonces inicie sesión.
account-privacy-link = Lea qué hacemos con sus datos

account-field-name = Su nombre
account-field-name-hint = El nombre que quiere que usemos. Su pareja ve este nombre.
account-field-email = Correo electrónico
account-field-password = Contraseña
account-field-new-password = Contraseña nueva
# Variables:
#   $min (Number) - the minimum number of characters
account-field-new-password-hint = Número mínimo de caracteres: { $min }. Una frase de unas pocas palabras es buena idea y fácil de recordar.
account-field-password-repeat = Escriba la contraseña otra vez
account-field-role = ¿Quién es usted?
account-role-migrant = Acabo de llegar a los Países Bajos y tengo que hacer la integración cívica
account-role-referent = Soy la pareja. Ya vivo en los Países Bajos y quiero ayudar

account-form-problems = Algo salió mal. Mire estos puntos:

account-check-mail-doc-title = Mire su correo electrónico – { -brand-name }
account-check-mail-title = Mire su correo electrónico
account-check-mail-text = Si la dirección es correcta, recibirá un correo nuestro en unos minutos. Haga clic en el enlace de ese correo.
account-check-mail-spam = ¿No ha recibido ningún correo? Mire también en el correo no deseado (spam).
account-sign-in-link = Ir a iniciar sesión

account-verify-doc-title = Confirmar el correo electrónico – { -brand-name }
account-verify-title = Confirme su correo electrónico
account-verify-text = Haga clic en el botón. Así su cuenta estará lista.
account-verify-submit = Sí, este es mi correo electrónico

account-sign-in-doc-title = Iniciar sesión – { -brand-name }
account-sign-in-title = Iniciar sesión
account-sign-in-submit = Iniciar sesión
account-forgot-link = ¿Ha olvidado su contraseña?

account-forgot-doc-title = He olvidado mi contraseña – { -brand-name }
account-forgot-title = He olvidado mi contraseña
account-forgot-text = Escriba su correo electrónico. Recibirá un enlace para crear una contraseña nueva. El enlace funciona durante 30 minutos.
account-forgot-submit = Envíenme un enlace

account-reset-doc-title = Contraseña nueva – { -brand-name }
account-reset-title = Elija una contraseña nueva
account-reset-submit = Guardar contraseña

account-doc-title = Mi cuenta – { -brand-name }
account-title = Mi cuenta
# Variables:
#   $name (String) - the name the person gave
account-hello = Hola, { $name }.
# Variables:
#   $email (String) - the person's e-mail address
account-email-is = Usted inicia sesión con { $email }.
account-back = Volver a mi cuenta
account-sign-out = Cerrar sesión

account-saved-check-title = Mis respuestas sobre la integración cívica
account-saved-check-none = Todavía no ha guardado ninguna respuesta. Responda las preguntas de "¿Qué tengo que hacer?". Después elija "Guardar en mi cuenta".
# Variables:
#   $date (String) - when the answers were saved, formatted for this locale
account-saved-check-when = Guardado el { $date }.
account-saved-check-open = Ver qué tiene que hacer

account-partner-title = Ayuda de su pareja
account-partner-text = Su pareja puede ayudarle. Usted decide qué puede hacer su pareja. Puede detener esto en cualquier momento.
account-partner-invite-title = Invitar a su pareja
account-partner-scopes = ¿Qué puede hacer su pareja?
account-partner-until = ¿Cuál es el último día? (puede dejarlo vacío)
account-partner-until-hint = Déjelo vacío si no hay fecha de fin. Puede detener el acceso en cualquier momento.
account-partner-email = Correo electrónico de su pareja (puede dejarlo vacío)
account-partner-email-hint = Si lo escribe, también enviamos el código a su pareja.
account-partner-invite-submit = Crear un código para mi pareja
account-partner-code-intro = Dé este código a su pareja. Su pareja escribe el código en "Mi cuenta".
account-partner-code-expiry = El código funciona durante 7 días y solo una vez. Usted solo ve el código una vez.
account-partner-not-accepted = Invitación (todavía no usada)
account-partner-revoke = Detener el acceso

account-scope-view = Ver mis obligaciones y mi plan
account-scope-book = Reservar y cancelar encuentros por mí
account-scope-reminders = Recibir mis recordatorios

# Variables:
#   $status (String) - the status of the access, e.g. "activo"
account-grant-status = Estado: { $status }
account-grant-status-invited = invitación enviada
account-grant-status-invite-expired = código caducado
account-grant-status-active = activo
account-grant-status-ended = terminado
account-grant-status-revoked = detenido
# Variables:
#   $date (String) - the last day, formatted for this locale
account-grant-until = Último día: { $date }.
account-grant-no-end = Sin fecha de fin.

account-helping-title = Usted ayuda
account-referent-duties-link = Sus propias obligaciones como pareja (patrocinador)
# Variables:
#   $name (String) - the name of the person the partner helps
account-act-for = Ayudar a { $name }
account-accept-title = Escribir el código de su pareja
account-accept-code = Código
account-accept-code-hint = Su pareja ve este código en Wegwijs. Puede escribir guiones y minúsculas.
account-accept-submit = Usar código

# Variables:
#   $name (String) - the name of the person the partner acts for
account-acting-banner = Atención: ahora está actuando para { $name }. { $name } también ve lo que usted hace.
account-acting-open = Ver las respuestas
account-acting-stop = Dejar de ayudar

account-log-title = Qué ha pasado en su cuenta
account-log-empty = Todavía nada.
account-log-by-me = usted
account-log-by-deleted = una cuenta eliminada
# Variables:
#   $date (String) - when it happened
#   $who (String) - who did it ("usted" or a name)
#   $what (String) - what was done
account-log-line = { $date }: { $what } (por { $who })
account-log-signed-in = inicio de sesión
account-log-password-changed = contraseña cambiada
account-log-grant-created = pareja invitada
account-log-grant-accepted = invitación aceptada
account-log-grant-revoked = acceso de la pareja detenido
account-log-viewed-check = respuestas vistas
account-log-saved-check = respuestas guardadas

account-devices-title = Dónde ha iniciado sesión
# Variables:
#   $device (String) - browser and system, e.g. "Chrome · Android"
#   $since (String) - when the person logged in
#   $seen (String) - when the device was last used
account-devices-line = { $device }: sesión iniciada el { $since }, último uso el { $seen }.
account-devices-this = (este dispositivo)
account-sign-out-everywhere = Cerrar sesión en todas partes

account-data-title = Mis datos
account-data-text = Puede descargar todos sus datos. También puede eliminar su cuenta ahora mismo.
account-export-link = Descargar mis datos
account-delete-link = Eliminar cuenta

account-delete-doc-title = Eliminar cuenta – { -brand-name }
account-delete-title = Eliminar cuenta
account-delete-text = Esto no se puede deshacer. Eliminamos su cuenta, sus respuestas y el acceso de su pareja. Su sesión se cierra enseguida.
account-delete-submit = Sí, eliminar mi cuenta

account-shared-doc-title = Respuestas de su pareja – { -brand-name }
# Variables:
#   $name (String) - the name of the person the partner acts for
account-shared-title = Respuestas de { $name }
account-shared-none = Todavía no hay respuestas guardadas.
account-access-ended-title = Sin acceso
account-access-ended-text = Usted no puede ver esto (o ya no puede). El acceso se ha detenido o ha terminado. O usted no ha recibido este acceso.

account-notice-verified = Su correo electrónico está confirmado. Ahora puede iniciar sesión.
account-notice-password-reset = Su contraseña nueva está guardada. Su sesión se ha cerrado en todas partes. Inicie sesión de nuevo.
account-notice-signed-out = Su sesión se ha cerrado.
account-notice-deleted = Su cuenta se ha eliminado.
account-notice-saved = Sus respuestas se han guardado.
account-notice-revoked = El acceso se ha detenido. Su pareja ya no puede hacer nada por usted.
account-notice-accepted = Listo. Ahora puede ayudar.
account-notice-signed-out-everywhere = Su sesión se ha cerrado en todas partes.
account-notice-acting-stopped = Ahora vuelve a actuar en su propio nombre.

account-error-email-missing = Escriba su correo electrónico.
account-error-email-no-at = Un correo electrónico tiene una @, con texto antes y después. Por ejemplo: nombre@ejemplo.com
account-error-email-spaces = Un correo electrónico no puede tener espacios.
account-error-email-no-domain = La parte después de la @ no está completa. Por ejemplo: nombre@ejemplo.com
account-error-email-too-long = Este correo electrónico es demasiado largo.
account-error-password-too-short = La contraseña es demasiado corta. Hágala más larga, por ejemplo con unas palabras.
account-error-password-too-long = La contraseña es demasiado larga. Use 128 caracteres como máximo.
account-error-password-common = Muchísimas personas usan esta contraseña. Es fácil de adivinar. Elija otra contraseña.
account-error-password-contains-email = Su correo electrónico está en la contraseña. Elija otra contraseña.
account-error-password-mismatch = Las dos contraseñas no son iguales.
account-error-password-wrong = Esta contraseña no es correcta.
account-error-name-missing = Escriba un nombre (80 caracteres como máximo).
account-error-role-missing = Elija quién es usted.
account-error-rate-limited = Lo ha intentado demasiadas veces. Espere 15 minutos y vuelva a intentarlo.
account-error-sign-in-failed = El correo electrónico o la contraseña no son correctos.
account-error-not-verified = Todavía no ha confirmado su correo electrónico. Haga clic en el enlace de nuestro correo. ¿No ha recibido ningún correo? Elija "¿Ha olvidado su contraseña?".
account-error-link-invalid = Este enlace ya no funciona. Ya se ha usado o es demasiado antiguo. Pida un enlace nuevo.
account-error-code-invalid = Este código no funciona. Compruebe si lo ha escrito bien. Un código funciona durante 7 días y solo una vez.
account-error-not-a-referent = Solo una cuenta de pareja puede usar un código.
account-error-scopes-missing = Elija al menos una cosa que su pareja pueda hacer.
account-error-until-invalid = Escriba una fecha, por ejemplo 2027-06-30.
account-error-until-past = Esta fecha ya ha pasado. Elija un día en el futuro.
account-error-forbidden = No puede hacer esto con esta cuenta.
account-error-not-found = Esto no existe (o ya no existe).

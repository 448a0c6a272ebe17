# Page titles and the error pages.


obligations-title = Что мне нужно сделать?
obligations-doc-title = Что мне нужно сделать? – { -brand-name }
obligations-lead = Скоро здесь будет видно, что Вам нужно сделать для интеграции и до какой даты.
schools-title = Языковые школы
schools-doc-title = Языковые школы – { -brand-name }
sessions-title = Встречи
sessions-doc-title = Встречи – { -brand-name }

not-found-title = Такой страницы нет
not-found-doc-title = Страница не найдена – { -brand-name }
not-found-text = Возможно, ссылка устарела или в адресе есть опечатка.
not-found-home = Перейти на главную страницу
